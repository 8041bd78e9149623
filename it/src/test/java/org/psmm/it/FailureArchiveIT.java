package org.psmm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.psmm.it.PsmmServer.Api;
import org.psmm.it.PsmmServer.Reply;

/**
 * The archive (issue 14, item 5) on a real MariaDB: auth_failure and its per-day rollups are
 * partitioned by month, the coming months made ahead and the months past failures.keepMonths
 * dropped as PSMM's (moved) clock goes; and the rollups the writer keeps in the rows' transaction
 * equal a GROUP BY on the rows after a collection of the lab's real attacks, a failed and restarted
 * execution, a re-read of every log from its start (a lost cursor) and a plain re-run.
 */
@ExtendWith(ArquillianExtension.class)
class FailureArchiveIT {

    private static final Api API = PsmmServer.admin();
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("'p'yyyyMM");
    /** The table of the rows and its rollups, partitioned alike. */
    private static final List<String> ROLLED_UP_TABLES = List.of("auth_failure", "auth_failure_day", "auth_failure_hour",
            "auth_failure_ip_day", "auth_failure_user_day");
    private static final List<Long> HOSTS = new ArrayList<>();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PsmmServer.ear();
    }

    @BeforeAll
    static void labHostsWithTheirLogs() {
        PsmmServer.removeAllHosts();
        LabHosts.watchAll(API).forEach(w -> HOSTS.add(w.id()));
    }

    @Test
    void rollupsEqualTheRowsAfterACollectionARestartARereadAndARerun() throws Exception {
        assertEquals("COMPLETED", CollectionJobs.runJob().getString("status"));
        assertRollupsEqualRows("after the first collection");

        List<JsonObject> attempts = new ArrayList<>();
        for (String service : List.of("ssh", "ftp", "web", "sql")) {
            attempts.addAll(Lab.attack(service, 2));
        }
        long rowsBefore = rows();
        JsonObject failed;
        Lab.sshd("lab-sql", "stop");
        try {
            failed = CollectionJobs.runJob();
        } finally {
            Lab.sshd("lab-sql", "start");
        }
        assertEquals("FAILED", failed.getString("status"), failed.toString());
        assertRollupsEqualRows("after an execution that failed half-way");
        Reply restarted = API.post("jobs/executions/" + failed.getJsonNumber("id").longValue() + "/restart", "");
        assertEquals(202, restarted.status(), restarted.body());
        assertEquals("COMPLETED", CollectionJobs.awaitEnd(restarted.json().getJsonNumber("executionId").longValue())
                .getString("status"));
        assertTrue(rows() >= rowsBefore + attempts.size(), "the attacks were collected");
        assertRollupsEqualRows("after the restart");

        // As after a crash that lost the cursors: every log read again from its first byte.
        long rowsCollected = rows();
        try (Connection c = PsmmServer.database(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE log_source SET cursor_inode = NULL, cursor_head_length = NULL, cursor_head_hash = NULL, "
                    + "cursor_offset = 0 WHERE host_id IN (" + hostList() + ")");
        }
        assertEquals("COMPLETED", CollectionJobs.runJob().getString("status"));
        assertEquals(rowsCollected, rows(), "a log read again stores no line twice");
        assertRollupsEqualRows("after every log was read again");

        assertEquals("COMPLETED", CollectionJobs.runJob().getString("status"));
        assertEquals(rowsCollected, rows());
        assertRollupsEqualRows("after a re-run");
    }

    @Test
    void monthsAreMadeAheadAndMonthsPastTheRetentionDroppedAsTheClockMoves() throws Exception {
        Instant now = Instant.now();
        YearMonth thisMonth = YearMonth.from(now.atZone(ZoneOffset.UTC));
        for (String table : ROLLED_UP_TABLES) {
            List<String> there = partitions(table);
            for (int ahead = 0; ahead <= 2; ahead++) {
                assertTrue(there.contains(MONTH.format(thisMonth.plusMonths(ahead))), table + " has month +" + ahead + ": " + there);
            }
            assertEquals("p_future", there.get(there.size() - 1), table + ": the catch-all stays last");
        }

        long host = HOSTS.get(0);
        long source;
        try (Connection c = PsmmServer.database(); PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM log_source WHERE host_id = ? ORDER BY id LIMIT 1")) {
            ps.setLong(1, host);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                source = rs.getLong(1);
            }
        }
        String ip = "2001:db8:77::" + UUID.randomUUID().toString().substring(0, 4);
        Instant lastMonth = thisMonth.minusMonths(1).atDay(15).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant thisMonthStart = thisMonth.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(3600);
        insert(source, host, ip, lastMonth, 3);
        insert(source, host, ip, thisMonthStart, 2);
        assertEquals(5, count("SELECT COUNT(*) FROM auth_failure WHERE source_ip = ?", ip));

        // Two months later, keeping two whole months before that one: this month stays, last month goes.
        Instant later = thisMonth.plusMonths(2).atDay(10).atStartOfDay(ZoneOffset.UTC).toInstant();
        try {
            TestClock.setOffset(Duration.between(now, later).getSeconds());
            PsmmServer.putOk("settings", "{\"failures.keepMonths\":\"2\"}");
            YearMonth movedAhead = thisMonth.plusMonths(4);
            String lastMonthName = MONTH.format(thisMonth.minusMonths(1));
            // The timer drops the month from one table after the other: wait for the last one.
            awaitTrue(() -> ROLLED_UP_TABLES.stream().map(FailureArchiveIT::partitions)
                            .allMatch(p -> p.contains(MONTH.format(movedAhead)) && !p.contains(lastMonthName) && !p.contains("p_before"))
                    && count("SELECT COUNT(*) FROM auth_failure WHERE source_ip = ?", ip) == 2,
                    "months made up to " + movedAhead + " and last month dropped");
            assertEquals(2, count("SELECT COUNT(*) FROM auth_failure WHERE source_ip = ?", ip), "this month's rows stay");
            assertEquals(2, count("SELECT COALESCE(SUM(failures), 0) FROM auth_failure_day WHERE source_ip = ?", ip),
                    "and only their rollups");
            assertEquals(2, count("SELECT COALESCE(SUM(failures), 0) FROM auth_failure_ip_day WHERE source_ip = ?", ip),
                    "in every rollup table");
            assertEquals(lastMonth.toEpochMilli(), count("SELECT TIMESTAMPDIFF(SECOND, '1970-01-01', first_at) * 1000 "
                    + "FROM auth_failure_ip_first WHERE source_ip = ?", ip), "the address stays known from last month: not new when it comes back");
            for (String table : ROLLED_UP_TABLES) {
                List<String> there = partitions(table);
                assertFalse(there.contains(MONTH.format(thisMonth.minusMonths(1))), table + ": " + there);
                assertFalse(there.contains("p_before"), table + ": older than the retention: " + there);
                assertEquals(MONTH.format(thisMonth), there.get(0), table + ": " + there);
            }
            JsonObject audited = API.get("audit?size=50").json().getJsonArray("rows").stream().map(JsonValue::asJsonObject)
                    .filter(r -> r.getString("kind").equals("FAILURES_PURGED")).findFirst()
                    .orElseGet(() -> fail("the drop is in the audit trail"));
            assertTrue(audited.getString("target").contains(thisMonth.atDay(1).toString()), audited.toString());
            // Last month sits in its own partition, or in p_before on a table made this month.
            assertTrue(audited.getString("detail").contains(MONTH.format(thisMonth.minusMonths(1)))
                    || audited.getString("detail").contains("p_before"), audited.toString());
            assertTrue(audited.getString("detail").contains("failure(s) (failures.keepMonths 2)"), audited.toString());
        } finally {
            PsmmServer.putOk("settings", "{\"failures.keepMonths\":\"0\"}");
            TestClock.setOffset(0);
        }
    }

    /** The rollups of this class's hosts, and the same computed from their rows, line for line. */
    private static void assertRollupsEqualRows(String when) throws SQLException {
        String hosts = hostList();
        List<String> fromRows = lines("SELECT DATE(occurred_at), source_ip, host_id, service, kind, COALESCE(user_name, ''), "
                + "user_name IS NULL, COUNT(*), MIN(occurred_at), MAX(occurred_at) FROM auth_failure WHERE host_id IN (" + hosts
                + ") GROUP BY DATE(occurred_at), source_ip, host_id, service, kind, COALESCE(user_name, ''), user_name IS NULL");
        List<String> rollups = lines("SELECT day, source_ip, host_id, service, kind, user_name, no_user, failures, first_at, "
                + "last_at FROM auth_failure_day WHERE host_id IN (" + hosts + ")");
        assertFalse(fromRows.isEmpty(), "the lab's logs gave failures");
        assertEquals(fromRows, rollups, "rollups = GROUP BY on the rows " + when);
        List<String> hoursFromRows = lines("SELECT DATE_FORMAT(occurred_at, '%Y-%m-%d %H:00:00'), host_id, service, kind, COUNT(*) "
                + "FROM auth_failure WHERE host_id IN (" + hosts + ") GROUP BY 1, host_id, service, kind ORDER BY 1, 2, 3, 4");
        List<String> hours = lines("SELECT DATE_FORMAT(hour, '%Y-%m-%d %H:00:00'), host_id, service, kind, failures "
                + "FROM auth_failure_hour WHERE host_id IN (" + hosts + ") ORDER BY 1, 2, 3, 4");
        assertEquals(hoursFromRows, hours, "hourly rollups = GROUP BY on the rows " + when);
        // Per address and per user, every host's together: this class's addresses, on all hosts.
        String ips = "SELECT DISTINCT source_ip FROM auth_failure WHERE host_id IN (" + hosts + ")";
        assertEquals(lines("SELECT DATE(occurred_at), source_ip, COUNT(*) FROM auth_failure WHERE kind <> 'probe' AND source_ip IN ("
                        + ips + ") GROUP BY 1, 2 ORDER BY 1, 2"),
                lines("SELECT day, source_ip, failures FROM auth_failure_ip_day WHERE source_ip IN (" + ips + ") ORDER BY 1, 2"),
                "rollups per address = GROUP BY on the rows " + when);
        String users = "SELECT DISTINCT user_name FROM auth_failure WHERE host_id IN (" + hosts + ") AND user_name IS NOT NULL";
        assertEquals(lines("SELECT DATE(occurred_at), user_name, COUNT(*) FROM auth_failure WHERE kind <> 'probe' AND user_name IN ("
                        + users + ") GROUP BY 1, 2 ORDER BY 1, 2"),
                lines("SELECT day, user_name, failures FROM auth_failure_user_day WHERE user_name IN (" + users + ") ORDER BY 1, 2"),
                "rollups per user = GROUP BY on the rows " + when);
        // Every address is known from its first row on (or earlier: first seen outlives removed rows).
        assertEquals(List.of(), lines("SELECT a.source_ip, MIN(a.occurred_at), MIN(f.first_at) FROM auth_failure a "
                        + "LEFT JOIN auth_failure_ip_first f ON f.source_ip = a.source_ip WHERE a.source_ip IN (" + ips + ") "
                        + "GROUP BY a.source_ip HAVING MIN(f.first_at) IS NULL OR MIN(f.first_at) > MIN(a.occurred_at)"),
                "addresses first seen later than their first row, or not at all, " + when);
    }

    private static List<String> lines(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = PsmmServer.database(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    b.append(rs.getString(i)).append('|');
                }
                out.add(b.toString());
            }
        }
        out.sort(null);
        return out;
    }

    private static long rows() throws SQLException {
        try (Connection c = PsmmServer.database(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM auth_failure WHERE host_id IN (" + hostList() + ")")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String hostList() {
        return HOSTS.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static List<String> partitions(String table) {
        List<String> out = new ArrayList<>();
        try (Connection c = PsmmServer.database(); PreparedStatement ps = c.prepareStatement(
                "SELECT partition_name FROM information_schema.partitions WHERE table_schema = DATABASE() AND table_name = ? "
                        + "AND partition_name IS NOT NULL ORDER BY partition_ordinal_position")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private static long count(String sql, String ip) {
        return PsmmServer.number(sql, ip);
    }

    /** {@code n} failures at {@code at}, with their rollup, as the job's writer stores them. */
    private static void insert(long source, long host, String ip, Instant at, int n) throws SQLException {
        LocalDateTime utc = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        String identity = "archive-" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = PsmmServer.database()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO auth_failure (source_id, host_id, service, format, kind, "
                    + "user_name, source_ip, occurred_at, local_time, file_identity, byte_offset, raw_line, collected_at) "
                    + "VALUES (?, ?, 'ssh', 'sshd', 'auth', 'root', ?, ?, ?, ?, ?, 'sshd: Failed password for root', NOW(6))")) {
                for (int i = 0; i < n; i++) {
                    ps.setLong(1, source);
                    ps.setLong(2, host);
                    ps.setString(3, ip);
                    ps.setObject(4, utc);
                    ps.setObject(5, utc);
                    ps.setString(6, identity);
                    ps.setLong(7, i);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO auth_failure_day (day, source_ip, host_id, service, "
                    + "kind, user_name, no_user, failures, first_at, last_at) VALUES (?, ?, ?, 'ssh', 'auth', 'root', FALSE, ?, ?, ?) "
                    + "ON DUPLICATE KEY UPDATE failures = failures + VALUES(failures)")) {
                ps.setObject(1, LocalDate.from(utc));
                ps.setString(2, ip);
                ps.setLong(3, host);
                ps.setLong(4, n);
                ps.setObject(5, utc);
                ps.setObject(6, utc);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO auth_failure_hour (hour, host_id, service, kind, failures) "
                    + "VALUES (?, ?, 'ssh', 'auth', ?) ON DUPLICATE KEY UPDATE failures = failures + VALUES(failures)")) {
                ps.setObject(1, utc.truncatedTo(java.time.temporal.ChronoUnit.HOURS));
                ps.setLong(2, host);
                ps.setLong(3, n);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO auth_failure_ip_first (source_ip, first_at) VALUES (?, ?) "
                    + "ON DUPLICATE KEY UPDATE first_at = LEAST(first_at, VALUES(first_at))")) {
                ps.setString(1, ip);
                ps.setObject(2, utc);
                ps.executeUpdate();
            }
            for (String rollup : List.of("INSERT INTO auth_failure_ip_day (day, source_ip, failures) VALUES (?, ?, ?)",
                    "INSERT INTO auth_failure_user_day (day, user_name, failures) VALUES (?, ?, ?)")) {
                try (PreparedStatement ps = c.prepareStatement(rollup + " ON DUPLICATE KEY UPDATE failures = failures + VALUES(failures)")) {
                    ps.setObject(1, LocalDate.from(utc));
                    ps.setString(2, rollup.contains("user_name") ? "root" : ip);
                    ps.setLong(3, n);
                    ps.executeUpdate();
                }
            }
            c.commit();
        }
    }

    private static void awaitTrue(BooleanSupplier condition, String what) {
        Instant limit = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(limit)) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        fail(what + ": not within 60 s");
    }
}
