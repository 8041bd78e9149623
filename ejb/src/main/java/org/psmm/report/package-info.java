/**
 * The daily report of failed logins: built from auth_failure with database-side aggregation and a
 * streamed CSV, queued in the outbox for every administrator, each day once by the timer, any day
 * on request; every run recorded in daily_report_run.
 */
package org.psmm.report;
