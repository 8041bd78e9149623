package org.psmm.failure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The exact top addresses or users of failed logins (probes left out) over a range, without
 * grouping every one of them. A month of attacks holds hundreds of thousands of addresses, nearly
 * all seen once or twice; the few that matter lead each day. So each whole UTC day gives its
 * busiest entries first (auth_failure_ip_day / auth_failure_user_day, V73, by their (day, failures)
 * index), those candidates get their exact totals from their own keys, and the answer stands once
 * the last of the top has more than any other value could have: the sum of each cut day's last
 * count read, plus the most any of them has in the part days at the range's ends that are read
 * from their rows ({@link Edge}: the shorter part of such a day is read, inside or outside the range).
 * Otherwise each day is read four times deeper, once; when no value stands out even then (a small
 * table, or a flat one), one GROUP BY over the range's rollups decides, as before V73 (Fagin's
 * threshold algorithm, cut short).
 */
final class FailureTop {

    /** What is ranked: its per-day rollup table, its column there and in auth_failure, the rank index. */
    record Ranked(String table, String column, String rankIndex) {
    }

    static final Ranked IPS = new Ranked("auth_failure_ip_day", "source_ip", "ix_auth_failure_ip_day_rank");
    static final Ranked USERS = new Ranked("auth_failure_user_day", "user_name", "ix_auth_failure_user_day_rank");

    private static final int IN_BATCH = 500;
    private static final Comparator<FailureSummary.Count> MOST_FIRST =
            Comparator.comparingLong(FailureSummary.Count::count).reversed().thenComparing(FailureSummary.Count::value);

    private FailureTop() {
    }

    /** The top {@code n} of {@code span}, which has whole days (see {@link RollupSpan#hasWholeDays}). */
    static List<FailureSummary.Count> of(Connection c, Ranked r, RollupSpan span, int n) throws SQLException {
        List<Edge> edges = Edge.of(span);
        LocalDate rankFrom = span.firstDay();
        LocalDate rankEnd = span.endDay();
        Map<String, Long> plus = new HashMap<>();
        Map<String, Long> minus = new HashMap<>();
        for (Edge e : edges) {
            rows(c, r, e, e.inside() ? plus : minus);
            if (!e.inside()) {
                rankFrom = e.day().isBefore(rankFrom) ? e.day() : rankFrom;
                rankEnd = e.day().isBefore(rankEnd) ? rankEnd : e.day().plusDays(1);
            }
        }
        for (int depth = 4 * n; ; depth *= 4) {
            // Beyond 16 n a day, the candidates' own lookups cost more than grouping the range.
            Set<String> seen = new HashSet<>();
            long unseenAtMost = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT " + r.column() + ", failures FROM " + r.table()
                    + " FORCE INDEX (" + r.rankIndex() + ") WHERE day = ? ORDER BY failures DESC LIMIT ?")) {
                for (LocalDate d = rankFrom; d.isBefore(rankEnd); d = d.plusDays(1)) {
                    ps.setObject(1, d);
                    ps.setInt(2, depth);
                    int read = 0;
                    long last = 0;
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            seen.add(rs.getString(1));
                            last = rs.getLong(2);
                            read++;
                        }
                    }
                    if (read == depth) {
                        unseenAtMost += last;
                    }
                }
            }
            // What is subtracted only lowers a value's total: the bound leaves it out.
            long plusAtMost = 0;
            for (Map.Entry<String, Long> e : plus.entrySet()) {
                if (!seen.contains(e.getKey())) {
                    plusAtMost = Math.max(plusAtMost, e.getValue());
                }
            }
            boolean allSeen = unseenAtMost == 0;
            if (allSeen) {
                seen.addAll(plus.keySet());
            }
            List<FailureSummary.Count> top = ranked(totals(c, r, rankFrom, rankEnd, seen, plus, minus), n);
            if (allSeen || (top.size() == n && top.get(n - 1).count() > unseenAtMost + plusAtMost)) {
                return top;
            }
            if (depth >= 16 * n) {
                return grouped(c, r, rankFrom, rankEnd, plus, minus, n);
            }
        }
    }

    /**
     * A part day at one end of the range, read from the rows of its shorter part: the part inside
     * the range, added to the whole days; or the part outside it, taken from that day's rollup
     * (a range from 01:00 UTC reads one hour of rows, not 23).
     */
    record Edge(LocalDate day, Instant from, Instant to, boolean inside) {

        static List<Edge> of(RollupSpan span) {
            List<Edge> edges = new ArrayList<>(2);
            Instant wholeFrom = span.wholeFrom();
            if (span.from().isBefore(wholeFrom)) {
                LocalDate day = span.firstDay().minusDays(1);
                Instant dayStart = day.atStartOfDay().toInstant(ZoneOffset.UTC);
                edges.add(Duration.between(span.from(), wholeFrom).compareTo(Duration.between(dayStart, span.from())) <= 0
                        ? new Edge(day, span.from(), wholeFrom, true) : new Edge(day, dayStart, span.from(), false));
            }
            Instant wholeTo = span.wholeTo();
            if (span.to().isAfter(wholeTo)) {
                LocalDate day = span.endDay();
                Instant dayEnd = day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
                edges.add(Duration.between(wholeTo, span.to()).compareTo(Duration.between(span.to(), dayEnd)) <= 0
                        ? new Edge(day, wholeTo, span.to(), true) : new Edge(day, span.to(), dayEnd, false));
            }
            return edges;
        }
    }

    /** The rollups' sums of {@code values} over [from, end), plus and minus their rows at the edges; none under 1. */
    private static Map<String, Long> totals(Connection c, Ranked r, LocalDate from, LocalDate end, Set<String> values,
            Map<String, Long> plus, Map<String, Long> minus) throws SQLException {
        Map<String, Long> totals = new HashMap<>();
        List<String> all = new ArrayList<>(values);
        for (int i = 0; i < all.size(); i += IN_BATCH) {
            List<String> batch = all.subList(i, Math.min(all.size(), i + IN_BATCH));
            String sql = "SELECT " + r.column() + ", SUM(failures) FROM " + r.table() + " WHERE " + r.column() + " IN ("
                    + String.join(", ", Collections.nCopies(batch.size(), "?")) + ") AND day >= ? AND day < ? GROUP BY "
                    + r.column();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int p = 1;
                for (String v : batch) {
                    ps.setString(p++, v);
                }
                ps.setObject(p++, from);
                ps.setObject(p, end);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        totals.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
        }
        for (String v : values) {
            totals.merge(v, plus.getOrDefault(v, 0L) - minus.getOrDefault(v, 0L), Long::sum);
        }
        totals.values().removeIf(count -> count < 1);
        return totals;
    }

    /** Every value's count in an edge's part day, from the rows (covering index), into {@code into}. */
    private static void rows(Connection c, Ranked r, Edge e, Map<String, Long> into) throws SQLException {
        String sql = "SET STATEMENT max_heap_table_size = 268435456, tmp_table_size = 268435456 FOR "
                + "SELECT " + r.column() + ", COUNT(*) FROM auth_failure FORCE INDEX (ix_auth_failure_time_ip_user) WHERE "
                + "occurred_at >= ? AND occurred_at < ? AND kind <> 'probe' AND " + r.column() + " IS NOT NULL GROUP BY "
                + r.column();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, FailureFilter.utc(e.from()));
            ps.setObject(2, FailureFilter.utc(e.to()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    into.merge(rs.getString(1), rs.getLong(2), Long::sum);
                }
            }
        }
    }

    /** The plain way, for a range where no value stands out: one GROUP BY over the rollups of [from, end). */
    private static List<FailureSummary.Count> grouped(Connection c, Ranked r, LocalDate from, LocalDate end,
            Map<String, Long> plus, Map<String, Long> minus, int n) throws SQLException {
        Map<String, Long> totals = new HashMap<>(plus);
        String sql = "SET STATEMENT max_heap_table_size = 268435456, tmp_table_size = 268435456 FOR "
                + "SELECT " + r.column() + ", SUM(failures) FROM " + r.table() + " FORCE INDEX (" + r.rankIndex() + ") "
                + "WHERE day >= ? AND day < ? GROUP BY " + r.column();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, from);
            ps.setObject(2, end);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    totals.merge(rs.getString(1), rs.getLong(2), Long::sum);
                }
            }
        }
        minus.forEach((v, count) -> totals.merge(v, -count, Long::sum));
        totals.values().removeIf(count -> count < 1);
        return ranked(totals, n);
    }

    private static List<FailureSummary.Count> ranked(Map<String, Long> totals, int n) {
        return totals.entrySet().stream().map(e -> new FailureSummary.Count(e.getKey(), e.getValue()))
                .sorted(MOST_FIRST).limit(n).toList();
    }
}
