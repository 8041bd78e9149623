package org.psmm.failure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.psmm.core.logs.FailureKind;

/**
 * The rollups of failures being stored, added on the connection (and so in the transaction) that
 * inserts the rows: auth_failure_day (day (UTC) x host x service x kind x address x user -> count,
 * first, last), and from V73 auth_failure_hour (UTC hour x host x service x kind -> count) and the
 * failed logins (probes left out) per day and address, per day and user. Give it only rows actually
 * inserted: a re-read line counted twice would make the rollups disagree with the rows for good.
 */
public final class FailureRollup {

    private static final String DAY_UPSERT = "INSERT INTO auth_failure_day (day, source_ip, host_id, service, kind, user_name, "
            + "no_user, failures, first_at, last_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE "
            + "failures = failures + VALUES(failures), first_at = LEAST(first_at, VALUES(first_at)), "
            + "last_at = GREATEST(last_at, VALUES(last_at))";
    private static final String HOUR_UPSERT = "INSERT INTO auth_failure_hour (hour, host_id, service, kind, failures) "
            + "VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE failures = failures + VALUES(failures)";
    private static final String IP_UPSERT = "INSERT INTO auth_failure_ip_day (day, source_ip, failures) VALUES (?, ?, ?) "
            + "ON DUPLICATE KEY UPDATE failures = failures + VALUES(failures)";
    private static final String USER_UPSERT = "INSERT INTO auth_failure_user_day (day, user_name, failures) VALUES (?, ?, ?) "
            + "ON DUPLICATE KEY UPDATE failures = failures + VALUES(failures)";

    private record DayKey(java.time.LocalDate day, String ip, long hostId, String service, String kind, String user) {
    }

    private record HourKey(LocalDateTime hour, long hostId, String service, String kind) {
    }

    private record ValueKey(java.time.LocalDate day, String value) {
    }

    private static final class Sum {
        long count;
        LocalDateTime first;
        LocalDateTime last;
    }

    private final Map<DayKey, Sum> days = new LinkedHashMap<>();
    private final Map<HourKey, Long> hours = new LinkedHashMap<>();
    private final Map<ValueKey, Long> ips = new LinkedHashMap<>();
    private final Map<ValueKey, Long> users = new LinkedHashMap<>();

    /** One inserted row; {@code at} is its occurred_at (UTC wall time), {@code user} null when none. */
    public void add(LocalDateTime at, String ip, long hostId, String service, String kind, String user) {
        Sum s = days.computeIfAbsent(new DayKey(at.toLocalDate(), ip, hostId, service, kind, user), k -> new Sum());
        s.count++;
        s.first = s.first == null || at.isBefore(s.first) ? at : s.first;
        s.last = s.last == null || at.isAfter(s.last) ? at : s.last;
        hours.merge(new HourKey(at.truncatedTo(ChronoUnit.HOURS), hostId, service, kind), 1L, Long::sum);
        if (!FailureKind.PROBE.id().equals(kind)) {
            ips.merge(new ValueKey(at.toLocalDate(), ip), 1L, Long::sum);
            if (user != null) {
                users.merge(new ValueKey(at.toLocalDate(), user), 1L, Long::sum);
            }
        }
    }

    public boolean isEmpty() {
        return days.isEmpty();
    }

    /** Taken by every writer of the rollups before it writes them (V73: parallel hosts share rows). */
    public static final String LOCK = "SELECT id FROM failure_rollup_lock WHERE id = 1 FOR UPDATE";

    /** Adds the sums to the rollup tables, one batch each, on {@code c}, under {@link #LOCK}. */
    public void write(Connection c) throws SQLException {
        if (days.isEmpty()) {
            return;
        }
        try (PreparedStatement lock = c.prepareStatement(LOCK)) {
            lock.executeQuery().close();
        }
        try (PreparedStatement ps = c.prepareStatement(DAY_UPSERT)) {
            for (Map.Entry<DayKey, Sum> e : days.entrySet()) {
                DayKey k = e.getKey();
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
        try (PreparedStatement ps = c.prepareStatement(HOUR_UPSERT)) {
            for (Map.Entry<HourKey, Long> e : hours.entrySet()) {
                HourKey k = e.getKey();
                ps.setObject(1, k.hour());
                ps.setLong(2, k.hostId());
                ps.setString(3, k.service());
                ps.setString(4, k.kind());
                ps.setLong(5, e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        write(c, IP_UPSERT, ips);
        write(c, USER_UPSERT, users);
        days.clear();
        hours.clear();
        ips.clear();
        users.clear();
    }

    private static void write(Connection c, String upsert, Map<ValueKey, Long> counts) throws SQLException {
        if (counts.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(upsert)) {
            for (Map.Entry<ValueKey, Long> e : counts.entrySet()) {
                ps.setObject(1, e.getKey().day());
                ps.setString(2, e.getKey().value());
                ps.setLong(3, e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
