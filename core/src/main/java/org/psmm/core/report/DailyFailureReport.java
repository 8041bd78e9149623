package org.psmm.core.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The figures of one day [start, end) in the server's zone: the total and the day before's, the
 * totals per service and per host, the top source IPs and user names, the IPs seen on more than
 * one service ({@code moreMultiServiceIps}: the list was cut), and the CSV of every row.
 * {@code partial}: the day is not over yet (a report asked for today).
 */
public record DailyFailureReport(LocalDate day, ZoneId zone, boolean partial, long total, long previousDayTotal,
        List<Count> byService, List<Count> byHost, List<Count> topIps, List<Count> topUsers,
        List<MultiServiceIp> multiServiceIps, boolean moreMultiServiceIps, CsvAttachment csv) {

    public boolean nothingHappened() {
        return total == 0;
    }
}
