package org.psmm.failure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * count read, plus the most any of them has at the range's partial ends (read from the rows).
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
        Map<String, Long> ends = ends(c, r, span);
        for (int depth = 4 * n; ; depth *= 4) {
            // Beyond 16 n a day, the candidates' own lookups cost more than grouping the range.
            Set<String> seen = new HashSet<>();
            long unseenAtMost = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT " + r.column() + ", failures FROM " + r.table()
                    + " FORCE INDEX (" + r.rankIndex() + ") WHERE day = ? ORDER BY failures DESC LIMIT ?")) {
                for (LocalDate d = span.firstDay(); d.isBefore(span.endDay()); d = d.plusDays(1)) {
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
            long endsAtMost = 0;
            for (Map.Entry<String, Long> e : ends.entrySet()) {
                if (!seen.contains(e.getKey())) {
                    endsAtMost = Math.max(endsAtMost, e.getValue());
                }
            }
            boolean allSeen = unseenAtMost == 0;
            if (allSeen) {
                seen.addAll(ends.keySet());
            }
            List<FailureSummary.Count> top = ranked(totals(c, r, span, seen, ends), n);
            if (allSeen || (top.size() == n && top.get(n - 1).count() > unseenAtMost + endsAtMost)) {
                return top;
            }
            if (depth >= 16 * n) {
                return grouped(c, r, span, ends, n);
            }
        }
    }

    /** Whole days' sums of {@code values}, plus their counts at the ends. */
    private static Map<String, Long> totals(Connection c, Ranked r, RollupSpan span, Set<String> values, Map<String, Long> ends)
            throws SQLException {
        Map<String, Long> totals = new HashMap<>();
        List<String> all = new ArrayList<>(values);
        for (int from = 0; from < all.size(); from += IN_BATCH) {
            List<String> batch = all.subList(from, Math.min(all.size(), from + IN_BATCH));
            String sql = "SELECT " + r.column() + ", SUM(failures) FROM " + r.table() + " WHERE " + r.column() + " IN ("
                    + String.join(", ", java.util.Collections.nCopies(batch.size(), "?")) + ") AND day >= ? AND day < ? GROUP BY "
                    + r.column();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                for (String v : batch) {
                    ps.setString(i++, v);
                }
                span.bindDays(ps, i);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        totals.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
        }
        for (String v : values) {
            long atEnds = ends.getOrDefault(v, 0L);
            if (atEnds > 0) {
                totals.merge(v, atEnds, Long::sum);
            }
        }
        return totals;
    }

    /** Every value's count in the partial days at the range's ends, from the rows (covering index). */
    private static Map<String, Long> ends(Connection c, Ranked r, RollupSpan span) throws SQLException {
        Map<String, Long> ends = new HashMap<>();
        if (span.from().equals(span.wholeFrom()) && span.to().equals(span.wholeTo())) {
            return ends;
        }
        String sql = "SET STATEMENT max_heap_table_size = 268435456, tmp_table_size = 268435456 FOR "
                + "SELECT " + r.column() + ", COUNT(*) FROM auth_failure FORCE INDEX (ix_auth_failure_time_ip_user) WHERE "
                + RollupSpan.ENDS + " AND kind <> 'probe' AND " + r.column() + " IS NOT NULL GROUP BY " + r.column();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            span.bindEnds(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ends.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return ends;
    }

    /** The plain way, for a range where no value stands out: one GROUP BY over its whole days. */
    private static List<FailureSummary.Count> grouped(Connection c, Ranked r, RollupSpan span, Map<String, Long> ends, int n)
            throws SQLException {
        Map<String, Long> totals = new HashMap<>(ends);
        String sql = "SET STATEMENT max_heap_table_size = 268435456, tmp_table_size = 268435456 FOR "
                + "SELECT " + r.column() + ", SUM(failures) FROM " + r.table() + " FORCE INDEX (" + r.rankIndex() + ") "
                + "WHERE day >= ? AND day < ? GROUP BY " + r.column();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            span.bindDays(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    totals.merge(rs.getString(1), rs.getLong(2), Long::sum);
                }
            }
        }
        return ranked(totals, n);
    }

    private static List<FailureSummary.Count> ranked(Map<String, Long> totals, int n) {
        return totals.entrySet().stream().map(e -> new FailureSummary.Count(e.getKey(), e.getValue()))
                .sorted(MOST_FIRST).limit(n).toList();
    }
}
