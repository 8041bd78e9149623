/**
 * The audit trail's retention: rows older than {@code audit.keepDays} deleted on a timer. Apart
 * from the trail because it reads a setting, and settings record their changes in the trail.
 */
package org.psmm.audit.purge;
