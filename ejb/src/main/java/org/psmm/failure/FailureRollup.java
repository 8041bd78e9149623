package org.psmm.failure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The per-day rollups of failures being stored, added to auth_failure_day on the connection (and
 * so in the transaction) that inserts the rows: day (UTC) x host x service x kind x address x user
 * -> count, first, last. Give it only rows actually inserted: a re-read line counted twice would
 * make the rollups disagree with the rows for good.
 */
public final class FailureRollup {

    private static final String UPSERT = "INSERT INTO auth_failure_day (day, source_ip, host_id, service, kind, user_name, "
            + "no_user, failures, first_at, last_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE "
            + "failures = failures + VALUES(failures), first_at = LEAST(first_at, VALUES(first_at)), "
            + "last_at = GREATEST(last_at, VALUES(last_at))";

    private record Key(java.time.LocalDate day, String ip, long hostId, String service, String kind, String user) {
    }

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

    /** Adds the sums to auth_failure_day, in one batch, on {@code c}. */
    public void write(Connection c) throws SQLException {
        if (sums.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(UPSERT)) {
            for (Map.Entry<Key, Sum> e : sums.entrySet()) {
                Key k = e.getKey();
                ps.setObject(1, k.day());
                ps.setString(2, k.ip());
                ps.setLong(3, k.hostId());
                ps.setString(4, k.service());
                ps.setString(5, k.kind());
                ps.setString(6, k.user() == null ? "" : k.user());
                ps.setBoolean(7, k.user() == null);
                ps.setLong(8, e.getValue().count);
                ps.setObject(9, e.getValue().first);
                ps.setObject(10, e.getValue().last);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        sums.clear();
    }
}
