/**
 * The audit trail: every change a person makes (hosts, keys, log sources, settings, users,
 * backups, updates, jobs, alerts, chat channels, sign-ins), with who, when, from where and what.
 */
package org.psmm.audit;
