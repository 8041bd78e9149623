package org.psmm.report;

/** Why a report run happened. */
public enum ReportTrigger {
    /** The morning timer: once per day at most, on one node. */
    SCHEDULED,
    /** An admin asked (console or API): may repeat a day. */
    ON_DEMAND,
    /** A day the timer decided not to report (PSMM was not watching it yet). */
    SKIPPED
}
