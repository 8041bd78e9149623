package org.psmm.report;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.psmm.core.report.Count;
import org.psmm.core.report.CsvAttachment;
import org.psmm.core.report.DailyFailureReport;
import org.psmm.core.report.MultiServiceIp;
import org.psmm.failure.FailureExplorer;
import org.psmm.failure.FailureFilter;
import org.psmm.failure.FailureSummary;
import org.psmm.failure.HostServiceCount;

/**
 * Reads one day's figures from auth_failure: every count is a GROUP BY in the database, and the
 * CSV is streamed row by row from a forward-only result set into a bounded buffer, so a day of
 * 100,000 failures never becomes 100,000 objects. Outside any transaction: a long day must not
 * run into the transaction timeout.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DailyReportBuilder {

    /** Up to this much CSV is attached as is; more is gzipped. */
    static final int PLAIN_CSV_LIMIT = 5 * 1024 * 1024;
    /** A gzipped CSV larger than this is not attached (mail relays commonly refuse 10-25 MB). */
    static final int COMPRESSED_CSV_LIMIT = 10 * 1024 * 1024;
    /** The mail lists this many multi-service IPs at most; the CSV has them all. */
    static final int MULTI_SERVICE_IPS = 50;

    @EJB
    private FailureExplorer explorer;

    /** The report of {@code day} in {@code zone}; {@code now} says whether the day is over yet. */
    public DailyFailureReport build(LocalDate day, ZoneId zone, Instant now) {
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
        Instant dayBefore = day.minusDays(1).atStartOfDay(zone).toInstant();
        boolean partial = now.isBefore(to);
        long previous = explorer.count(dayBefore, from);
        List<HostServiceCount> groups = explorer.perHostAndService(from, to);
        long total = groups.stream().mapToLong(HostServiceCount::count).sum();
        if (total == 0) {
            return new DailyFailureReport(day, zone, partial, 0, previous, List.of(), List.of(), List.of(), List.of(),
                    List.of(), false, null);
        }
        List<MultiServiceIp> multi = explorer.multiServiceIps(from, to, MULTI_SERVICE_IPS + 1);
        return new DailyFailureReport(day, zone, partial, total, previous,
                totals(groups, HostServiceCount::service), totals(groups, HostServiceCount::hostName),
                counts(explorer.topIps(from, to)), counts(explorer.topUsers(from, to)),
                multi.stream().limit(MULTI_SERVICE_IPS).toList(),
                multi.size() > MULTI_SERVICE_IPS, csv(day, from, to));
    }

    private static List<Count> totals(List<HostServiceCount> groups, java.util.function.Function<HostServiceCount, String> by) {
        Map<String, Long> sums = new LinkedHashMap<>();
        groups.forEach(g -> sums.merge(by.apply(g), g.count(), Long::sum));
        List<Count> out = new ArrayList<>();
        sums.forEach((k, v) -> out.add(new Count(k, v)));
        out.sort(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::value));
        return out;
    }

    private static List<Count> counts(List<FailureSummary.Count> counts) {
        return counts.stream().map(c -> new Count(c.value(), c.count())).toList();
    }

    /** Every row of the day, oldest first, in the explorer's CSV form (formula-safe fields). */
    private CsvAttachment csv(LocalDate day, Instant from, Instant to) {
        ReportCsvBuffer buffer = new ReportCsvBuffer(PLAIN_CSV_LIMIT, COMPRESSED_CSV_LIMIT);
        long rows;
        byte[] bytes;
        try {
            rows = explorer.exportCsv(new FailureFilter(from, to, null, null, null, null, null), true, buffer);
            bytes = buffer.bytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the report's CSV: " + e.getMessage(), e);
        }
        String name = "failures-" + day + ".csv" + (buffer.compressed() ? ".gz" : "");
        return new CsvAttachment(name, buffer.compressed() ? CsvAttachment.GZIP : CsvAttachment.CSV, rows,
                buffer.compressed(), buffer.omitted(), bytes);
    }
}
