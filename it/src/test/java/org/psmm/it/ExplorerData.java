package org.psmm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.psmm.it.PsmmServer.Api;
import org.psmm.it.PsmmServer.Reply;

/**
 * Failed logins written straight into auth_failure and its rollups (as the job's writer does), for the explorer's
 * tests: two hosts, hostile user names, and a run of rows to page through. The rows sit in a
 * time range of their own (a random day in 2003), so each test filters to exactly its data.
 */
final class ExplorerData {

    static final String SCRIPT_USER = "<script>alert(1)</script>";
    static final String FORMULA_USER = "=cmd|' /C calc'!A0";

    final String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 6);
    final Instant t0 = Instant.parse("2003-01-01T10:00:00Z").plus((long) (Math.random() * 300), ChronoUnit.DAYS);
    final String hostA = "exp-a-" + suffix;
    final String hostB = "exp-b-" + suffix;
    // Addresses of this run only (tests share one schema): 2001:db8::/32 is the documentation prefix.
    final String ipOne = "2001:db8:1::" + suffix.substring(0, 4);
    final String ipTwo = "2001:db8:2::" + suffix.substring(0, 4);
    final String ipMany = "2001:db8:3::" + suffix.substring(0, 4);
    long hostAId;
    long hostBId;
    private long sourceA;
    private long sourceB;
    private long offset;

    ExplorerData create() throws Exception {
        Api api = PsmmServer.admin();
        hostAId = host(api, hostA);
        hostBId = host(api, hostB);
        sourceA = source(api, hostAId);
        sourceB = source(api, hostBId);
        try (Connection c = PsmmServer.database()) {
            insert(c, sourceA, hostAId, "ssh", "auth", "root", ipOne, t0,
                    "sshd[1]: Failed password for root from " + ipOne + " port 22 ssh2");
            insert(c, sourceA, hostAId, "ssh", "auth", SCRIPT_USER, ipTwo, t0.plusSeconds(60),
                    "sshd[2]: Invalid user " + SCRIPT_USER + " from " + ipTwo);
            insert(c, sourceA, hostAId, "ftp", "auth", FORMULA_USER, ipTwo, t0.plusSeconds(120),
                    "FAIL LOGIN: Client \"" + ipTwo + "\", user \"" + FORMULA_USER + "\"");
            insert(c, sourceB, hostBId, "web", "authz", "alice", ipOne, t0.plusSeconds(180),
                    "user \"alice\": password mismatch, client: " + ipOne);
            insert(c, sourceB, hostBId, "mariadb", "auth", null, "localhost", t0.plusSeconds(240),
                    "Access denied for user 'x'@'localhost' (using password: YES)");
            for (int i = 0; i < 25; i++) {
                insert(c, sourceB, hostBId, "ssh", "probe", "u" + i, ipMany, t0.plusSeconds(600 + i),
                        "sshd: Connection closed by " + ipMany + " [preauth] " + i);
            }
        }
        return this;
    }

    /** Rows at the present time, for the summary's today and top lists. */
    void insertNow(String user, String ip, int count) throws Exception {
        insertNow(user, ip, count, "auth");
    }

    /** The same, of a kind: probes are counted apart from failed logins. */
    void insertNow(String user, String ip, int count, String kind) throws Exception {
        try (Connection c = PsmmServer.database()) {
            for (int i = 0; i < count; i++) {
                insert(c, sourceA, hostAId, "ssh", kind, user, ip, Instant.now().minusSeconds(i),
                        "sshd: Failed password for " + user + " from " + ip);
            }
        }
    }

    /** Failed logins of one user and address at given times, on host A. */
    void insertAt(String user, String ip, Instant... times) throws Exception {
        try (Connection c = PsmmServer.database()) {
            for (Instant at : times) {
                insert(c, sourceA, hostAId, "ssh", "auth", user, ip, at, "sshd: Failed password for " + user + " from " + ip);
            }
        }
    }

    /** The query string selecting this data's time range. */
    String range() {
        return "from=" + t0 + "&to=" + t0.plus(1, ChronoUnit.HOURS);
    }

    private static long host(Api api, String name) {
        Reply r = api.post("hosts", """
                {"name":"%s","address":"192.0.2.10","roles":["OTHER"],"timeZone":"Europe/Paris"}
                """.formatted(name));
        assertEquals(201, r.status(), r.body());
        return r.json().getJsonNumber("id").longValue();
    }

    private static long source(Api api, long host) {
        Reply r = api.post("hosts/" + host + "/log-sources", """
                {"path":"/var/log/auth.log","format":"sshd"}
                """);
        assertEquals(201, r.status(), r.body());
        return r.json().getJsonNumber("id").longValue();
    }

    private void insert(Connection c, long source, long host, String service, String kind, String user, String ip,
            Instant at, String raw) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO auth_failure (source_id, host_id, service, format, "
                + "kind, user_name, source_ip, occurred_at, local_time, file_identity, byte_offset, raw_line, collected_at) "
                + "VALUES (?, ?, ?, 'sshd', ?, ?, ?, ?, ?, 'test', ?, ?, NOW(6))")) {
            ps.setLong(1, source);
            ps.setLong(2, host);
            ps.setString(3, service);
            ps.setString(4, kind);
            ps.setString(5, user);
            ps.setString(6, ip);
            ps.setObject(7, LocalDateTime.ofInstant(at, ZoneOffset.UTC));
            ps.setObject(8, LocalDateTime.ofInstant(at, ZoneOffset.ofHours(1)).withNano(0));
            ps.setLong(9, offset++);
            ps.setString(10, raw);
            ps.executeUpdate();
        }
        // And its rollups (per day, per hour), in the same statement's wake, as the writer does in its transaction.
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO auth_failure_day (day, source_ip, host_id, service, kind, "
                + "user_name, no_user, failures, first_at, last_at) VALUES (DATE(?), ?, ?, ?, ?, ?, ?, 1, ?, ?) "
                + "ON DUPLICATE KEY UPDATE failures = failures + 1, first_at = LEAST(first_at, VALUES(first_at)), "
                + "last_at = GREATEST(last_at, VALUES(last_at))")) {
            LocalDateTime utc = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
            ps.setObject(1, utc);
            ps.setString(2, ip);
            ps.setLong(3, host);
            ps.setString(4, service);
            ps.setString(5, kind);
            ps.setString(6, user == null ? "" : user);
            ps.setBoolean(7, user == null);
            ps.setObject(8, utc);
            ps.setObject(9, utc);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO auth_failure_hour (hour, host_id, service, kind, failures) "
                + "VALUES (?, ?, ?, ?, 1) ON DUPLICATE KEY UPDATE failures = failures + 1")) {
            ps.setObject(1, LocalDateTime.ofInstant(at, ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.HOURS));
            ps.setLong(2, host);
            ps.setString(3, service);
            ps.setString(4, kind);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO auth_failure_ip_first (source_ip, first_at) VALUES (?, ?) "
                + "ON DUPLICATE KEY UPDATE first_at = LEAST(first_at, VALUES(first_at))")) {
            ps.setString(1, ip);
            ps.setObject(2, LocalDateTime.ofInstant(at, ZoneOffset.UTC));
            ps.executeUpdate();
        }
        if (!kind.equals("probe")) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO auth_failure_ip_day (day, source_ip, failures) "
                    + "VALUES (DATE(?), ?, 1) ON DUPLICATE KEY UPDATE failures = failures + 1")) {
                ps.setObject(1, LocalDateTime.ofInstant(at, ZoneOffset.UTC));
                ps.setString(2, ip);
                ps.executeUpdate();
            }
            if (user != null) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO auth_failure_user_day (day, user_name, failures) "
                        + "VALUES (DATE(?), ?, 1) ON DUPLICATE KEY UPDATE failures = failures + 1")) {
                    ps.setObject(1, LocalDateTime.ofInstant(at, ZoneOffset.UTC));
                    ps.setString(2, user);
                    ps.executeUpdate();
                }
            }
        }
    }
}
