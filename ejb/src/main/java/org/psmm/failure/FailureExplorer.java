package org.psmm.failure;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.psmm.core.report.MultiServiceIp;

/**
 * Reads auth_failure for the explorer with plain JDBC, so each query says which index it rides
 * (see {@link FailureFilter#index()}) and the CSV can stream without loading rows into memory.
 *
 * <ul>
 * <li>Rows: newest (or oldest) first on (occurred_at, id) — InnoDB appends the primary key to
 * every secondary index, so each (column, occurred_at) index is already in that order and the
 * sort is an index walk, never a filesort. The page is found by a deferred join: the offset is
 * skipped in the index alone, then only the page's rows are read.</li>
 * <li>Counting: only up to {@link #COUNT_CAP} matching index entries; beyond, "at least".</li>
 * </ul>
 */
@Stateless
public class FailureExplorer {

    public static final int MAX_PAGE_SIZE = 500;
    public static final int COUNT_CAP = 10_000;
    public static final int TOP = 10;

    /** Every kind but probe, quoted for an IN list: what "failed logins" counts. */
    private static final String LOGIN_KINDS = java.util.Arrays.stream(org.psmm.core.logs.FailureKind.values())
            .filter(k -> k != org.psmm.core.logs.FailureKind.PROBE).map(k -> "'" + k.id() + "'")
            .collect(java.util.stream.Collectors.joining(", "));

    private static final String COLUMNS = "f.id, f.occurred_at, f.local_time, f.host_id, h.name, f.service, f.kind, "
            + "f.user_name, f.source_ip, f.raw_line, f.user_cut";

    @Resource(lookup = "java:jboss/datasources/PsmmDS")
    private DataSource dataSource;

    @Inject
    private Clock clock;

    /** Page {@code page} (from 0) of {@code size} rows, newest first unless {@code oldestFirst}. */
    public FailurePage find(FailureFilter filter, int page, int size, boolean oldestFirst) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page must be >= 0 and size between 1 and " + MAX_PAGE_SIZE);
        }
        List<FailureRow> rows = rows(filter, (long) page * size, size + 1, oldestFirst);
        boolean hasMore = rows.size() > size;
        if (hasMore) {
            rows = new ArrayList<>(rows.subList(0, size));
        }
        long counted = countUpTo(filter, COUNT_CAP + 1);
        return new FailurePage(rows, page, size, hasMore, Math.min(counted, COUNT_CAP), counted > COUNT_CAP);
    }

    /** Rows [offset, offset + limit) of the filtered list, for the console's lazy table. */
    public List<FailureRow> rows(FailureFilter filter, long offset, int limit, boolean oldestFirst) {
        if (filter.sparseInItsIndex()) {
            // The rollups say on which days the rows are: the walk starts at the day the page needs.
            DayCounts days = dayCounts(filter, oldestFirst);
            if (days.days().isEmpty()) {
                return List.of();
            }
            // No row is on a day without a rollup: past the last day listed, the walk would find nothing.
            LocalDate bound = days.dayReaching(offset + limit);
            filter = oldestFirst ? filter.within(null, min(filter.to(), startOf(bound.plusDays(1))))
                    : filter.within(max(filter.from(), startOf(bound)), null);
        }
        List<Object> params = new ArrayList<>();
        String dir = oldestFirst ? "ASC" : "DESC";
        String sql = "SELECT STRAIGHT_JOIN " + COLUMNS + " FROM (SELECT f.id, f.occurred_at FROM auth_failure f "
                + "FORCE INDEX (" + filter.index() + ")" + filter.where(params)
                + " ORDER BY f.occurred_at " + dir + ", f.id " + dir + " LIMIT ? OFFSET ?) k "
                + "JOIN auth_failure f ON f.id = k.id AND f.occurred_at = k.occurred_at JOIN host h ON h.id = f.host_id "
                + "ORDER BY k.occurred_at " + dir + ", k.id " + dir;
        params.add(limit);
        params.add(offset);
        return list("Reading failures", sql, params, FailureExplorer::row);
    }

    /** How many rows match, counting no further than {@code cap} index entries. */
    public long countUpTo(FailureFilter filter, int cap) {
        if (filter.sparseInItsIndex()) {
            // Whole days from the rollups, the partial days at the ends from the rows (a day of one address or user).
            DayCounts days = dayCounts(filter, false);
            long n = days.total();
            if (filter.from() != null && !startOf(day(filter.from())).equals(filter.from())) {
                n += rawCount(filter.within(null, min(filter.to(), startOf(day(filter.from()).plusDays(1)))), cap);
            }
            if (filter.to() != null && !startOf(day(filter.to())).equals(filter.to())
                    && (filter.from() == null || !day(filter.from()).equals(day(filter.to())))) {
                n += rawCount(filter.within(max(filter.from(), startOf(day(filter.to()))), null), cap);
            }
            return Math.min(n, cap);
        }
        return rawCount(filter, cap);
    }

    private long rawCount(FailureFilter filter, int cap) {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT COUNT(*) FROM (SELECT 1 FROM auth_failure f FORCE INDEX (" + filter.index() + ")"
                + filter.where(params) + " LIMIT ?) t";
        params.add(cap);
        return single(sql, params);
    }

    /**
     * Matching failures per UTC day from the rollups, in walking order; a day the range cuts is
     * listed (rows may be there) but counts 0, and total is the sum of the whole days.
     */
    private record DayCounts(List<LocalDate> days, List<Long> counts, long total) {
        /** The day at which the walk has passed {@code rows} rows, else the last day (days is not empty). */
        LocalDate dayReaching(long rows) {
            long sum = 0;
            for (int i = 0; i < days.size(); i++) {
                sum += counts.get(i);
                if (sum >= rows) {
                    return days.get(i);
                }
            }
            return days.get(days.size() - 1);
        }
    }

    private DayCounts dayCounts(FailureFilter filter, boolean oldestFirst) {
        List<Object> params = new ArrayList<>();
        String where = filter.rollupWhere(params);
        if (filter.from() != null) {
            where += " AND d.day >= ?";
            params.add(day(filter.from()));
        }
        if (filter.to() != null) {
            where += " AND d.day <= ?";
            params.add(day(filter.to()));
        }
        String sql = "SELECT d.day, SUM(d.failures) FROM auth_failure_day d FORCE INDEX (" + filter.rollupIndex() + ") WHERE "
                + where + " GROUP BY d.day ORDER BY d.day " + (oldestFirst ? "ASC" : "DESC");
        List<LocalDate> days = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        long total = 0;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LocalDate d = rs.getObject(1, LocalDate.class);
                    boolean whole = (filter.from() == null || !startOf(d).isBefore(filter.from()))
                            && (filter.to() == null || !startOf(d.plusDays(1)).isAfter(filter.to()));
                    long n = whole ? rs.getLong(2) : 0;
                    days.add(d);
                    counts.add(n);
                    total += n;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the failures' rollups: " + e.getMessage(), e);
        }
        return new DayCounts(days, counts, total);
    }

    private static LocalDate day(Instant t) {
        return LocalDate.ofInstant(t, ZoneOffset.UTC);
    }

    private static Instant startOf(LocalDate d) {
        return d.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private static Instant min(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    /** Receives the exported rows one by one. */
    @FunctionalInterface
    public interface RowSink {
        void accept(FailureRow row) throws IOException;
    }

    /**
     * Every filtered row, newest first, streamed from the server (fetch size) to {@code sink}.
     * Outside a transaction: a long export must not hit the transaction timeout.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long export(FailureFilter filter, RowSink sink) throws IOException {
        return export(filter, false, sink);
    }

    /** The filtered rows as CSV ({@link FailureCsv}, header first) written to {@code out}; returns the row count. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long exportCsv(FailureFilter filter, boolean oldestFirst, OutputStream out) throws IOException {
        Writer csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        FailureCsv.writeHeader(csv);
        long rows = export(filter, oldestFirst, r -> FailureCsv.write(csv, r));
        csv.flush();
        return rows;
    }

    /** As {@link #export(FailureFilter, RowSink)}, oldest first when asked (a day's report reads as it happened). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long export(FailureFilter filter, boolean oldestFirst, RowSink sink) throws IOException {
        List<Object> params = new ArrayList<>();
        String dir = oldestFirst ? "ASC" : "DESC";
        String sql = "SELECT STRAIGHT_JOIN " + COLUMNS + " FROM auth_failure f FORCE INDEX (" + filter.index() + ") "
                + "JOIN host h ON h.id = f.host_id" + filter.where(params)
                + " ORDER BY f.occurred_at " + dir + ", f.id " + dir;
        long n = 0;
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            ps.setFetchSize(1000);
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(row(rs));
                    n++;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Exporting failures: " + e.getMessage(), e);
        }
        return n;
    }

    /**
     * Failed logins today and yesterday in {@code zone}, and the top IPs and users over [from, to)
     * (default: the last 7 days), probes left out of all of them and counted apart. Everything rides
     * ix_auth_failure_time_ip_user (V6, kind added by V65), which holds the columns: no table lookups.
     */
    public FailureSummary summary(Instant from, Instant to, ZoneId zone) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Instant todayStart = today.atStartOfDay(zone).toInstant();
        Instant tomorrowStart = today.plusDays(1).atStartOfDay(zone).toInstant();
        Instant yesterdayStart = today.minusDays(1).atStartOfDay(zone).toInstant();
        Instant end = to != null ? to : tomorrowStart;
        Instant start = from != null ? from : end.minus(Duration.ofDays(7));
        return new FailureSummary(logins(todayStart, tomorrowStart, false), logins(yesterdayStart, todayStart, false),
                start, end, rolledUpTop(FailureTop.IPS, start, end), rolledUpTop(FailureTop.USERS, start, end),
                logins(todayStart, tomorrowStart, true), logins(yesterdayStart, todayStart, true));
    }

    /** How many failed logins (probes left out) occurred in [from, to); from the index alone. */
    public long count(Instant from, Instant to) {
        return logins(from, to, false);
    }

    /** How many probes occurred in [from, to). */
    public long probes(Instant from, Instant to) {
        return logins(from, to, true);
    }

    /** The top {@link #TOP} source IPs of failed logins (probes left out) of [from, to), most first. */
    public List<FailureSummary.Count> topIps(Instant from, Instant to) {
        return top("source_ip", from, to, true);
    }

    /** The top {@link #TOP} user names of failed logins of [from, to) (lines without a user left out). */
    public List<FailureSummary.Count> topUsers(Instant from, Instant to) {
        return top("user_name", from, to, true);
    }

    /** The same as {@link #topIps} over any range, from the per-day rollups (the rows only for partial days). */
    public List<FailureSummary.Count> topIpsRolledUp(Instant from, Instant to) {
        return rolledUpTop(FailureTop.IPS, from, to);
    }

    /** The same as {@link #topUsers} over any range, from the per-day rollups. */
    public List<FailureSummary.Count> topUsersRolledUp(Instant from, Instant to) {
        return rolledUpTop(FailureTop.USERS, from, to);
    }

    /**
     * Failed logins (probes left out) of [from, to) per host and service, grouped in the database (a day may hold
     * 100,000 rows; the groups are a few dozen), host names joined to the groups, not the rows.
     * A host deleted since is named "host #ID".
     */
    public List<HostServiceCount> perHostAndService(Instant from, Instant to) {
        String sql = "SELECT COALESCE(h.name, CONCAT('host #', t.host_id)), t.service, t.n FROM "
                + "(SELECT host_id, service, COUNT(*) AS n FROM auth_failure FORCE INDEX (ix_auth_failure_time) "
                + "WHERE occurred_at >= ? AND occurred_at < ? AND kind <> 'probe' GROUP BY host_id, service) t "
                + "LEFT JOIN host h ON h.id = t.host_id ORDER BY t.n DESC, 1, 2";
        return list("Counting failures per host and service", sql, List.of(FailureFilter.utc(from), FailureFilter.utc(to)),
                rs -> new HostServiceCount(rs.getString(1), rs.getString(2), rs.getLong(3)));
    }

    /**
     * Source IPs of [from, to) whose logins (probes left out) failed on more than one service, most services then most
     * failures first, at most {@code limit} of them (ask for one more to know whether the list was cut).
     */
    public List<MultiServiceIp> multiServiceIps(Instant from, Instant to, int limit) {
        // Same temporary-table budget as top(): a day of a scan may group tens of thousands of IPs.
        String sql = "SET STATEMENT max_heap_table_size = 268435456, tmp_table_size = 268435456 FOR "
                + "SELECT source_ip, GROUP_CONCAT(DISTINCT service ORDER BY service SEPARATOR ','), COUNT(*) AS n "
                + "FROM auth_failure FORCE INDEX (ix_auth_failure_time) WHERE occurred_at >= ? AND occurred_at < ? "
                + "AND kind <> 'probe' GROUP BY source_ip HAVING COUNT(DISTINCT service) > 1 "
                + "ORDER BY COUNT(DISTINCT service) DESC, n DESC, source_ip LIMIT ?";
        return list("Finding IPs on several services", sql, List.of(FailureFilter.utc(from), FailureFilter.utc(to), limit),
                rs -> new MultiServiceIp(rs.getString(1), List.of(rs.getString(2).split(",")), rs.getLong(3)));
    }

    /**
     * One IP's failed logins per service and host, and its probes apart, from the per-day rollups:
     * one range of auth_failure_day's primary key (source_ip first) in each month, a few rows a day
     * where the rows themselves were thousands of lookups. A host deleted since is named "host #ID".
     */
    public IpActivity ip(String ip) {
        String sql = "SELECT t.service, COALESCE(h.name, CONCAT('host #', t.host_id)), t.n, t.first_at, t.last_at FROM "
                + "(SELECT host_id, service, SUM(failures) AS n, MIN(first_at) AS first_at, MAX(last_at) AS last_at "
                + "FROM auth_failure_day WHERE source_ip = ? AND kind <> 'probe' GROUP BY host_id, service) t "
                + "LEFT JOIN host h ON h.id = t.host_id ORDER BY t.n DESC, 1, 2";
        List<IpActivity.ServiceCount> services = new ArrayList<>();
        long total = 0;
        long probes;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
                PreparedStatement pr = c.prepareStatement("SELECT COALESCE(SUM(failures), 0) FROM auth_failure_day "
                        + "WHERE source_ip = ? AND kind = 'probe'")) {
            ps.setString(1, ip);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long count = rs.getLong(3);
                    total += count;
                    services.add(new IpActivity.ServiceCount(rs.getString(1), rs.getString(2), count,
                            instant(rs, 4), instant(rs, 5)));
                }
            }
            pr.setString(1, ip);
            try (ResultSet rs = pr.executeQuery()) {
                rs.next();
                probes = rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading failures of " + ip + ": " + e.getMessage(), e);
        }
        return new IpActivity(ip, total, services, probes);
    }

    /**
     * Failures of [from, to) per UTC hour, service and kind, optionally on one host: what the
     * dashboard's and the host page's charts stack (the caller folds hours into its own days). The
     * whole hours come from auth_failure_hour (V73), a few thousand rows for 30 days where the rows
     * were millions; an end inside an hour (a zone whose midnight is not on a UTC hour, "now + 1 h")
     * takes that part of the hour from the rows.
     */
    public List<HourCount> perHour(Instant from, Instant to, Long hostId) {
        Instant wholeFrom = from.truncatedTo(ChronoUnit.HOURS);
        if (wholeFrom.isBefore(from)) {
            wholeFrom = wholeFrom.plus(Duration.ofHours(1));
        }
        Instant wholeTo = to.truncatedTo(ChronoUnit.HOURS);
        if (!wholeFrom.isBefore(wholeTo)) {
            wholeFrom = from;
            wholeTo = from;
        }
        String host = hostId == null ? "" : " AND host_id = ?";
        String sql = "SELECT h, service, kind, SUM(n) FROM ("
                + "SELECT hour AS h, service, kind, SUM(failures) AS n FROM auth_failure_hour"
                + (hostId == null ? " FORCE INDEX (ix_auth_failure_hour_time)" : " FORCE INDEX (ix_auth_failure_hour_host)")
                + " WHERE hour >= ? AND hour < ?" + host + " GROUP BY 1, 2, 3"
                + " UNION ALL "
                + "SELECT CAST(DATE_FORMAT(occurred_at, '%Y-%m-%d %H:00:00') AS DATETIME), service, kind, COUNT(*) FROM auth_failure "
                + "FORCE INDEX (" + (hostId == null ? "ix_auth_failure_time" : "ix_auth_failure_host_time") + ") "
                + "WHERE ((occurred_at >= ? AND occurred_at < ?) OR (occurred_at >= ? AND occurred_at < ?))" + host
                + " GROUP BY 1, 2, 3) t GROUP BY 1, 2, 3 ORDER BY 1, 2, 3";
        List<Object> params = new ArrayList<>(List.of(FailureFilter.utc(wholeFrom), FailureFilter.utc(wholeTo)));
        if (hostId != null) {
            params.add(hostId);
        }
        params.addAll(List.of(FailureFilter.utc(from), FailureFilter.utc(wholeFrom), FailureFilter.utc(wholeTo), FailureFilter.utc(to)));
        if (hostId != null) {
            params.add(hostId);
        }
        return list("Counting failures per hour", sql, params, rs -> new HourCount(
                rs.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getString(2),
                rs.getString(3), rs.getLong(4)));
    }

    /**
     * The {@code limit} source addresses with the most failed logins (probes left out) of [from, to),
     * each with the services and hosts it tried, optionally on one host. Ranked as the top lists are
     * ({@link FailureTop}; on one host, from its auth_failure_day rows and the rows at the range's
     * ends), then each top address's services,
     * hosts, first and last from its own range of auth_failure_day's primary key (and of its rows'
     * index at the ends): a week of a busy server is a few thousand rollup rows, not millions of rows.
     */
    public List<Attacker> topAttackers(Instant from, Instant to, Long hostId, int limit) {
        RollupSpan span = RollupSpan.of(from, to, clock.instant());
        String host = hostId == null ? "" : " AND host_id = ?";
        String detail = "SELECT t.service, COALESCE(h.name, CONCAT('host #', t.host_id)), MIN(t.first_at), MAX(t.last_at) FROM ("
                + "SELECT service, host_id, MIN(first_at) AS first_at, MAX(last_at) AS last_at FROM auth_failure_day "
                + "WHERE source_ip = ? AND day >= ? AND day < ? AND kind <> 'probe'" + host + " GROUP BY service, host_id"
                + " UNION ALL "
                + "SELECT service, host_id, MIN(occurred_at), MAX(occurred_at) FROM auth_failure FORCE INDEX (ix_auth_failure_ip_time) "
                + "WHERE source_ip = ? AND " + RollupSpan.ENDS + " AND kind <> 'probe'" + host + " GROUP BY service, host_id"
                + ") t LEFT JOIN host h ON h.id = t.host_id GROUP BY t.service, t.host_id, h.name";
        List<Attacker> top = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            List<FailureSummary.Count> ips = hostId == null && span.hasWholeDays()
                    ? FailureTop.of(c, FailureTop.IPS, span, limit) : rankedOnHost(c, span, hostId, limit);
            try (PreparedStatement d = c.prepareStatement(detail)) {
                for (FailureSummary.Count ip : ips) {
                    int j = 1;
                    d.setString(j++, ip.value());
                    j = span.bindDays(d, j);
                    if (hostId != null) {
                        d.setLong(j++, hostId);
                    }
                    d.setString(j++, ip.value());
                    j = span.bindEnds(d, j);
                    if (hostId != null) {
                        d.setLong(j, hostId);
                    }
                    java.util.Set<String> services = new java.util.TreeSet<>();
                    java.util.Set<String> hostNames = new java.util.TreeSet<>();
                    Instant first = null;
                    Instant last = null;
                    try (ResultSet rs = d.executeQuery()) {
                        while (rs.next()) {
                            services.add(rs.getString(1));
                            hostNames.add(rs.getString(2));
                            Instant f = instant(rs, 3);
                            Instant l = instant(rs, 4);
                            first = first == null || f.isBefore(first) ? f : first;
                            last = last == null || l.isAfter(last) ? l : last;
                        }
                    }
                    top.add(new Attacker(ip.value(), ip.count(), List.copyOf(services), List.copyOf(hostNames), first, last));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Ranking attackers: " + e.getMessage(), e);
        }
        return top;
    }

    /** The attackers of one host (or of a range without a whole day): its day rollups plus the rows at the ends. */
    private static List<FailureSummary.Count> rankedOnHost(Connection c, RollupSpan span, Long hostId, int limit)
            throws SQLException {
        String host = hostId == null ? "" : " AND host_id = ?";
        // One host: each (day, kind) of its range is a point of ix_auth_failure_day_host, whose
        // entries end with the primary key's source_ip, so only this host's entries are read (a
        // range of days read every host's: 97 ms for a week of 50 hosts at 1 M failures a month).
        // Every host's whole days are ranked by FailureTop: without a host, the range has none.
        List<LocalDate> days = hostId == null ? List.of() : span.firstDay().datesUntil(span.endDay()).toList();
        String dayRows = days.isEmpty() ? "SELECT source_ip, 0 FROM auth_failure_day WHERE FALSE"
                : "SELECT source_ip, SUM(failures) AS n FROM auth_failure_day FORCE INDEX (ix_auth_failure_day_host) "
                        + "WHERE day IN (" + String.join(", ", java.util.Collections.nCopies(days.size(), "?")) + ") AND kind IN ("
                        + LOGIN_KINDS + ") AND host_id = ? GROUP BY source_ip";
        String sql = "SET STATEMENT max_heap_table_size = 268435456, tmp_table_size = 268435456 FOR "
                + "SELECT source_ip, SUM(n) AS total FROM ("
                + dayRows
                + " UNION ALL "
                + "SELECT source_ip, COUNT(*) FROM auth_failure FORCE INDEX ("
                + (hostId == null ? "ix_auth_failure_time_ip_user" : "ix_auth_failure_host_time") + ") "
                + "WHERE " + RollupSpan.ENDS + " AND kind <> 'probe'" + host + " GROUP BY source_ip"
                + ") t GROUP BY source_ip ORDER BY total DESC, source_ip LIMIT ?";
        List<FailureSummary.Count> ips = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            if (!days.isEmpty()) {
                for (LocalDate d : days) {
                    ps.setObject(i++, d);
                }
                ps.setLong(i++, hostId);
            }
            i = span.bindEnds(ps, i);
            if (hostId != null) {
                ps.setLong(i++, hostId);
            }
            ps.setInt(i, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ips.add(new FailureSummary.Count(rs.getString(1), rs.getLong(2)));
                }
            }
        }
        return ips;
    }

    /**
     * Addresses whose first failure (of any kind) PSMM ever stored is in [since, now): "new today" on
     * the dashboard, from auth_failure_ip_first (V74), each with its failures since then counted on
     * ix_auth_failure_ip_time. Returns how many, and the first {@code limit} of them, busiest first.
     */
    public NewAddresses newAddresses(Instant since, int limit) {
        String sql = "SELECT f.source_ip, (SELECT COUNT(*) FROM auth_failure a FORCE INDEX (ix_auth_failure_ip_time) "
                + "WHERE a.source_ip = f.source_ip AND a.occurred_at >= ?) AS n FROM auth_failure_ip_first f "
                + "WHERE f.first_at >= ? ORDER BY n DESC, f.source_ip";
        List<FailureSummary.Count> first = new ArrayList<>();
        long total = 0;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, FailureFilter.utc(since));
            ps.setObject(2, FailureFilter.utc(since));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (total++ < limit) {
                        first.add(new FailureSummary.Count(rs.getString(1), rs.getLong(2)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Finding new addresses: " + e.getMessage(), e);
        }
        return new NewAddresses(total, first);
    }

    /** How many addresses are new since a time, and the busiest of them. */
    public record NewAddresses(long total, List<FailureSummary.Count> first) implements java.io.Serializable {
    }

    /** The services seen so far, for the filter list; a loose scan of ix_auth_failure_service_time. */
    public List<String> services() {
        return list("Listing services", "SELECT service FROM auth_failure GROUP BY service ORDER BY service", List.of(),
                rs -> rs.getString(1));
    }

    /**
     * The top {@link #TOP} of failed logins (probes left out) over [from, to): from the per-day
     * rollups of addresses and users where the range has whole UTC days ({@link FailureTop}), from
     * the rows alone where it has none.
     */
    private List<FailureSummary.Count> rolledUpTop(FailureTop.Ranked r, Instant from, Instant to) {
        RollupSpan span = RollupSpan.of(from, to, clock.instant());
        if (!span.hasWholeDays()) {
            return top(r.column(), from, to, true);
        }
        try (Connection c = dataSource.getConnection()) {
            return FailureTop.of(c, r, span, TOP);
        } catch (SQLException e) {
            throw new IllegalStateException("Summarising failures: " + e.getMessage(), e);
        }
    }

    /** Failed logins (probes false) or probes (true) of [from, to), from the index alone. */
    private long logins(Instant from, Instant to, boolean probes) {
        return single("SELECT COUNT(*) FROM auth_failure FORCE INDEX (ix_auth_failure_time_ip_user) "
                + "WHERE occurred_at >= ? AND occurred_at < ? AND kind " + (probes ? "=" : "<>") + " 'probe'",
                List.of(FailureFilter.utc(from), FailureFilter.utc(to)));
    }

    // column is one of two constants, never caller input.
    private List<FailureSummary.Count> top(String column, Instant from, Instant to, boolean withoutProbes) {
        // Grouping ~100,000 distinct VARCHAR(255) values overflows the default 16 MiB in-memory
        // temporary table (MEMORY rows are fixed-width, ~1 KiB each) into an on-disk one: this
        // query alone may use up to 256 MiB (measured by bench/failures-explorer).
        String sql = "SET STATEMENT max_heap_table_size = 268435456, tmp_table_size = 268435456 FOR "
                + "SELECT " + column + ", COUNT(*) AS n FROM auth_failure FORCE INDEX (ix_auth_failure_time_ip_user) "
                + "WHERE occurred_at >= ? AND occurred_at < ? AND " + column + " IS NOT NULL "
                + (withoutProbes ? "AND kind <> 'probe' " : "")
                + "GROUP BY " + column + " ORDER BY n DESC, " + column + " LIMIT " + TOP;
        return list("Summarising failures", sql, List.of(FailureFilter.utc(from), FailureFilter.utc(to)), FailureExplorer::count);
    }

    private long single(String sql, List<Object> params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Counting failures: " + e.getMessage(), e);
        }
    }

    /** One value of a result row. */
    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Every row of a query, each read by {@code reader}; {@code doing} says what failed. */
    private <T> List<T> list(String doing, String sql, List<?> params, RowReader<T> reader) {
        List<T> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(reader.read(rs));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(doing + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static FailureSummary.Count count(ResultSet rs) throws SQLException {
        return new FailureSummary.Count(rs.getString(1), rs.getLong(2));
    }

    private static void bind(PreparedStatement ps, List<?> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }

    private static FailureRow row(ResultSet rs) throws SQLException {
        return new FailureRow(rs.getLong(1), instant(rs, 2), rs.getObject(3, LocalDateTime.class), rs.getLong(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getBoolean(11));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        LocalDateTime utc = rs.getObject(column, LocalDateTime.class);
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
