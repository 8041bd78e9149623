/**
 * Sessions and processes (issue 18): each host's latest open sessions and top processes (read by
 * the metrics poll's one command), the per-host idle policy applied with that poll, an admin's
 * log-off, and the record of every log-off (audit trail, session_logoff, daily report).
 */
package org.psmm.session;
