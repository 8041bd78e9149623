package org.psmm.failure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.psmm.core.logs.FailureKind;

/**
 * The rollups of failures being stored, added on the connection (and so in the transaction) that
 * inserts the rows: auth_failure_day (day (UTC) x host x service x kind x address x user -> count,
 * first, last), and from V73 auth_failure_hour (UTC hour x host x service x kind -> count) and the
 * failed logins (probes left out) per day and address, per day and user, and from V74 each address's
 * first failure (auth_failure_ip_first, kept when rows go). Give it only rows actually
 * inserted: a re-read line counted twice would make the rollups disagree with the rows for good.
 */
public final class FailureRollup {

    /** Taken by every writer of the rollups before it writes them (V73: parallel hosts share rows). */
    public static final String LOCK = "SELECT id FROM failure_rollup_lock WHERE id = 1 FOR UPDATE";

    private static final String DAY_UPSERT = "INSERT INTO auth_failure_day (day, source_ip, host_id, service, kind, user_name, "
            + "no_user, failures, first_at, last_at) VALUES";
    private static final String DAY_ON_DUPLICATE = "ON DUPLICATE KEY UPDATE failures = failures + VALUES(failures), "
            + "first_at = LEAST(first_at, VALUES(first_at)), last_at = GREATEST(last_at, VALUES(last_at))";
    private static final String HOUR_UPSERT = "INSERT INTO auth_failure_hour (hour, host_id, service, kind, failures) VALUES";
    private static final String IP_UPSERT = "INSERT INTO auth_failure_ip_day (day, source_ip, failures) VALUES";
    private static final String USER_UPSERT = "INSERT INTO auth_failure_user_day (day, user_name, failures) VALUES";
    private static final String FIRST_UPSERT = "INSERT INTO auth_failure_ip_first (source_ip, first_at) VALUES";
    private static final String EARLIEST = "ON DUPLICATE KEY UPDATE first_at = LEAST(first_at, VALUES(first_at))";
    private static final String ADD_FAILURES = "ON DUPLICATE KEY UPDATE failures = failures + VALUES(failures)";
    /** Rows a statement: a row is at most ~2 KB (address and user of 255 characters). */
    private static final int ROWS_PER_STATEMENT = 500;

    private record DayKey(LocalDate day, String ip, long hostId, String service, String kind, String user) {
    }

    private record HourKey(LocalDateTime hour, long hostId, String service, String kind) {
    }

    private record ValueKey(LocalDate day, String value) {
    }

    // Each table's primary key order: the inserts fall on neighbouring index pages.
    private static final Comparator<DayKey> DAY_ORDER = Comparator.comparing(DayKey::ip,
                    Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(DayKey::day).thenComparingLong(DayKey::hostId).thenComparing(DayKey::service)
            .thenComparing(DayKey::kind).thenComparing(k -> k.user() == null)
            .thenComparing(k -> k.user() == null ? "" : k.user());
    private static final Comparator<HourKey> HOUR_ORDER = Comparator.comparing(HourKey::hour)
            .thenComparingLong(HourKey::hostId).thenComparing(HourKey::service).thenComparing(HourKey::kind);
    private static final Comparator<ValueKey> VALUE_ORDER = Comparator.comparing(ValueKey::value,
            Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(ValueKey::day);

    private static final class Sum {
        long count;
        LocalDateTime first;
        LocalDateTime last;
    }

    private final Map<DayKey, Sum> days = new HashMap<>();
    private final Map<HourKey, Long> hours = new HashMap<>();
    private final Map<ValueKey, Long> ips = new HashMap<>();
    private final Map<ValueKey, Long> users = new HashMap<>();
    private final Map<String, LocalDateTime> firstSeen = new HashMap<>();

    /** One inserted row; {@code at} is its occurred_at (UTC wall time), {@code user} null when none. */
    public void add(LocalDateTime at, String ip, long hostId, String service, String kind, String user) {
        Sum s = days.computeIfAbsent(new DayKey(at.toLocalDate(), ip, hostId, service, kind, user), k -> new Sum());
        s.count++;
        s.first = s.first == null || at.isBefore(s.first) ? at : s.first;
        s.last = s.last == null || at.isAfter(s.last) ? at : s.last;
        hours.merge(new HourKey(at.truncatedTo(ChronoUnit.HOURS), hostId, service, kind), 1L, Long::sum);
        firstSeen.merge(ip, at, (a, b) -> a.isBefore(b) ? a : b);
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

    /** Adds the sums to the rollup tables, in multi-row statements, on {@code c}, under {@link #LOCK}. */
    public void write(Connection c) throws SQLException {
        if (days.isEmpty()) {
            return;
        }
        try (PreparedStatement lock = c.prepareStatement(LOCK)) {
            lock.executeQuery().close();
        }
        MultiRowInsert day = new MultiRowInsert(DAY_UPSERT, DAY_ON_DUPLICATE, 10, ROWS_PER_STATEMENT);
        sorted(days, DAY_ORDER).forEach((k, s) -> day.add(k.day(), k.ip(), k.hostId(), k.service(), k.kind(),
                k.user() == null ? "" : k.user(), k.user() == null, s.count, s.first, s.last));
        day.execute(c);
        MultiRowInsert hour = new MultiRowInsert(HOUR_UPSERT, ADD_FAILURES, 5, ROWS_PER_STATEMENT);
        sorted(hours, HOUR_ORDER).forEach((k, n) -> hour.add(k.hour(), k.hostId(), k.service(), k.kind(), n));
        hour.execute(c);
        write(c, IP_UPSERT, ips);
        write(c, USER_UPSERT, users);
        MultiRowInsert first = new MultiRowInsert(FIRST_UPSERT, EARLIEST, 2, ROWS_PER_STATEMENT);
        new TreeMap<>(firstSeen).forEach(first::add);
        first.execute(c);
        days.clear();
        hours.clear();
        ips.clear();
        users.clear();
        firstSeen.clear();
    }

    private static void write(Connection c, String upsert, Map<ValueKey, Long> counts) throws SQLException {
        MultiRowInsert insert = new MultiRowInsert(upsert, ADD_FAILURES, 3, ROWS_PER_STATEMENT);
        sorted(counts, VALUE_ORDER).forEach((k, n) -> insert.add(k.day(), k.value(), n));
        insert.execute(c);
    }

    private static <K, V> Map<K, V> sorted(Map<K, V> map, Comparator<K> order) {
        Map<K, V> sorted = new TreeMap<>(order);
        sorted.putAll(map);
        return sorted;
    }
}
