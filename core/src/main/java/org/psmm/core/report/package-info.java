/**
 * The daily report of failed logins as plain Java: its figures, the mail written from them (plain
 * text and HTML, log-derived values escaped) and when the next report is due in the server's zone.
 */
package org.psmm.core.report;
