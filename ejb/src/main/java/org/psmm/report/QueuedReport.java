package org.psmm.report;

import java.time.LocalDate;
import java.util.List;

/**
 * What a report request queued: the day, its failures, to whom, the attachment's name (null when
 * none), whether the day was not over yet, and how many reports of that day went before.
 */
public record QueuedReport(LocalDate day, String zone, long failures, List<String> recipients, String attachment,
        boolean partial, long earlierReports) {
}
