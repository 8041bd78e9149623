package org.psmm.failure;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-day rollups of failures being stored, added to auth_failure_day on the connection (and
 * so in the transaction) that inserts the rows: day (UTC) x host x service x kind x address x user
 * -> count, first, last. Give it only rows actually inserted: a re-read line counted twice would
 * make the rollups disagree with the rows for good.
 */
public final class FailureRollup {

    private static final String UPSERT = "INSERT INTO auth_failure_day (day, source_ip, host_id, service, kind, user_name, "
            + "no_user, failures, first_at, last_at) VALUES";
    private static final String ON_DUPLICATE = "ON DUPLICATE KEY UPDATE failures = failures + VALUES(failures), "
            + "first_at = LEAST(first_at, VALUES(first_at)), last_at = GREATEST(last_at, VALUES(last_at))";
    /** Rows a statement: a row is at most ~2 KB (address and user of 255 characters). */
    private static final int ROWS_PER_STATEMENT = 500;

    private record Key(java.time.LocalDate day, String ip, long hostId, String service, String kind, String user) {
    }

    /** auth_failure_day's primary key: address, day, host, service, kind, no user, user. */
    private static final Comparator<Key> PRIMARY_KEY_ORDER = Comparator.comparing(Key::ip,
                    Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Key::day).thenComparingLong(Key::hostId).thenComparing(Key::service)
            .thenComparing(Key::kind).thenComparing(k -> k.user() == null)
            .thenComparing(k -> k.user() == null ? "" : k.user());

    private static final class Sum {
        long count;
        LocalDateTime first;
        LocalDateTime last;
    }

    private final Map<Key, Sum> sums = new LinkedHashMap<>();

    /** One inserted row; {@code at} is its occurred_at (UTC wall time), {@code user} null when none. */
    public void add(LocalDateTime at, String ip, long hostId, String service, String kind, String user) {
        Sum s = sums.computeIfAbsent(new Key(at.toLocalDate(), ip, hostId, service, kind, user), k -> new Sum());
        s.count++;
        s.first = s.first == null || at.isBefore(s.first) ? at : s.first;
        s.last = s.last == null || at.isAfter(s.last) ? at : s.last;
    }

    public boolean isEmpty() {
        return sums.isEmpty();
    }

    /** Adds the sums to auth_failure_day, in multi-row statements, on {@code c}. */
    public void write(Connection c) throws SQLException {
        if (sums.isEmpty()) {
            return;
        }
        MultiRowInsert upsert = new MultiRowInsert(UPSERT, ON_DUPLICATE, 10, ROWS_PER_STATEMENT);
        // In the primary key's order: two writers that add to the same rows (two logs of one host)
        // lock them in the same order, and the inserts fall on neighbouring index pages.
        List<Map.Entry<Key, Sum>> ordered = new ArrayList<>(sums.entrySet());
        ordered.sort(Map.Entry.comparingByKey(PRIMARY_KEY_ORDER));
        for (Map.Entry<Key, Sum> e : ordered) {
            Key k = e.getKey();
            upsert.add(k.day(), k.ip(), k.hostId(), k.service(), k.kind(), k.user() == null ? "" : k.user(),
                    k.user() == null, e.getValue().count, e.getValue().first, e.getValue().last);
        }
        upsert.execute(c);
        sums.clear();
    }
}
