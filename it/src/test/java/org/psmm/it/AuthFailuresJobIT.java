package org.psmm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 * The auth-failures job on the lab's real servers: real failed logins made with real clients
 * are stored exactly once, through re-runs, rotations, a host going down mid-way and hostile
 * lines.
 */
@ExtendWith(ArquillianExtension.class)
class AuthFailuresJobIT {

    private static final Api API = PsmmServer.admin();
    /** lab/attack's service names, and PSMM's. */
    private static final List<Long> HOSTS = new ArrayList<>();
    /** Log path on the lab to the log source reading it. */
    private static final Map<String, Long> SOURCES = new HashMap<>();
    private static final Map<String, String> SOURCE_HOST = new HashMap<>();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PsmmServer.ear();
    }

    @BeforeAll
    static void labHostsWithTheirLogs() {
        PsmmServer.removeAllHosts();
        for (LabHosts.Watched w : LabHosts.watchAll(API)) {
            HOSTS.add(w.id());
            SOURCES.putAll(w.sources());
            w.sources().keySet().forEach(path -> SOURCE_HOST.put(path, w.lab()));
        }
    }

    /** service|user|ip of every failure stored for the lab hosts of this test, with its count. */
    static Map<String, Integer> stored() throws Exception {
        Map<String, Integer> rows = new TreeMap<>();
        String in = HOSTS.stream().map(String::valueOf).collect(Collectors.joining(","));
        try (Connection c = PsmmServer.database();
                PreparedStatement ps = c.prepareStatement("SELECT service, user_name, source_ip FROM auth_failure "
                        + "WHERE host_id IN (" + in + ") AND kind <> 'probe'");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.merge(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3), 1, Integer::sum);
            }
        }
        return rows;
    }

    static List<JsonObject> attackEveryService(int n) {
        List<JsonObject> all = new ArrayList<>();
        for (String service : List.of("ssh", "ftp", "web", "sql")) {
            all.addAll(Lab.attack(service, n));
        }
        return all;
    }

    @Test
    void attacksAreStoredOnceWithTheirUserAndSourceAndARerunAddsNothing() throws Exception {
        assertEquals("COMPLETED", CollectionJobs.runJob().getString("status"));
        Map<String, Integer> before = stored();

        List<JsonObject> attempts = attackEveryService(3);
        Instant attackedAt = Instant.now();
        JsonObject execution = CollectionJobs.runJob();
        assertEquals("COMPLETED", execution.getString("status"), execution.toString());
        assertEquals(CollectionJobs.attempted(attempts), CollectionJobs.difference(stored(), before));

        try (Connection c = PsmmServer.database();
                PreparedStatement ps = c.prepareStatement("SELECT MIN(occurred_at), MAX(occurred_at) FROM auth_failure "
                        + "WHERE collected_at >= ? AND host_id IN (" + HOSTS.stream().map(String::valueOf)
                        .collect(Collectors.joining(",")) + ")")) {
            ps.setObject(1, java.time.LocalDateTime.ofInstant(attackedAt, java.time.ZoneOffset.UTC));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                Instant first = rs.getTimestamp(1).toLocalDateTime().toInstant(java.time.ZoneOffset.UTC);
                Instant earliestAttempt = Instant.parse(attempts.get(0).getString("time"));
                assertTrue(!first.isBefore(earliestAttempt.minusSeconds(1)) && first.isBefore(attackedAt.plusSeconds(2)),
                        "stored times are the attempts' times (UTC): " + first + " vs " + earliestAttempt);
            }
        }

        Map<String, Integer> afterFirst = stored();
        assertEquals("COMPLETED", CollectionJobs.runJob().getString("status"));
        assertEquals(Map.of(), CollectionJobs.difference(stored(), afterFirst), "a re-run stores nothing new");
    }

    @Test
    void rotatedLogsAreFinishedBeforeTheNewOnesNothingLostNorDoubled() throws Exception {
        assertEquals("COMPLETED", CollectionJobs.runJob().getString("status"));
        Map<String, Integer> before = stored();

        List<JsonObject> attempts = new ArrayList<>(attackEveryService(2));
        Lab.rotate(CollectionJobs.labLog("lab-ftp", "sshd"), "rename");
        Lab.rotate(CollectionJobs.labLog("lab-web", "sshd"), "gzip");
        Lab.rotate(CollectionJobs.labLog("lab-sql", "sshd"), "copytruncate");
        Lab.rotate(CollectionJobs.labLog("lab-ftp", "vsftpd"), "copytruncate");
        Lab.rotate(CollectionJobs.labLog("lab-web", "nginx"), "gzip");
        Lab.rotate(CollectionJobs.labLog("lab-sql", "mariadb"), "rename");
        attempts.addAll(attackEveryService(2));

        JsonObject execution = CollectionJobs.runJob();
        assertEquals("COMPLETED", execution.getString("status"), execution.toString());
        assertEquals(CollectionJobs.attempted(attempts), CollectionJobs.difference(stored(), before));
    }

    @Test
    void aHostDownFailsOnlyItsPartitionAndARestartCollectsWhatWasLeft() throws Exception {
        assertEquals("COMPLETED", CollectionJobs.runJob().getString("status"));
        Map<String, Integer> before = stored();
        List<JsonObject> attempts = attackEveryService(2);

        JsonObject failed;
        Lab.sshd("lab-sql", "stop");
        try {
            failed = CollectionJobs.runJob();
        } finally {
            Lab.sshd("lab-sql", "start");
        }
        assertEquals("FAILED", failed.getString("status"), failed.toString());
        List<JsonObject> partitions = failed.getJsonArray("partitions").stream().map(JsonValue::asJsonObject).toList();
        List<JsonObject> failedPartitions = partitions.stream().filter(p -> p.getString("status").equals("FAILED")).toList();
        assertEquals(2, failedPartitions.size(), "lab-sql's two logs: " + partitions);
        for (JsonObject p : failedPartitions) {
            String path = SOURCES.entrySet().stream().filter(e -> e.getValue() == p.getJsonNumber("sourceId").longValue())
                    .findFirst().orElseThrow().getKey();
            assertEquals("lab-sql", SOURCE_HOST.get(path));
            assertTrue(p.getString("error", "").contains("127.0.0.13"), "a reason a person understands: " + p);
        }
        assertTrue(partitions.stream().filter(p -> p.getString("status").equals("COMPLETED")).count() >= 4);

        Reply restarted = API.post("jobs/executions/" + failed.getJsonNumber("id").longValue() + "/restart", "");
        assertEquals(202, restarted.status(), restarted.body());
        JsonObject done = CollectionJobs.awaitEnd(restarted.json().getJsonNumber("executionId").longValue());
        assertEquals("COMPLETED", done.getString("status"), done.toString());
        assertEquals(CollectionJobs.attempted(attempts), CollectionJobs.difference(stored(), before), "nothing lost, nothing doubled");
    }

    @Test
    void aConnectionWhoseLinesFallInTwoCollectionsGivesOneFailure() throws Exception {
        // sshd reports a refused key for root, then the close, on two lines: a collection that runs
        // between them must still store the failure once; and an "Invalid user" line counted in one
        // collection must not be counted again from its "Failed password" line in the next.
        assertEquals("COMPLETED", CollectionJobs.runJob().getString("status"));
        Map<String, Integer> before = stored();
        Path log = Path.of(CollectionJobs.labLog("lab-ftp", "sshd"));
        String ip = "198.51.100." + (10 + (int) (Math.random() * 200));
        int pid = 40000 + (int) (Math.random() * 20000);
        appendSyslog(log, "sshd[" + pid + "]: Failed publickey for root from " + ip + " port 40022 ssh2: ED25519 SHA256:Jxw/Dm0J43QS0Uz",
                "sshd[" + (pid + 1) + "]: Invalid user bob from " + ip + " port 40023");
        assertEquals("COMPLETED", CollectionJobs.runJob().getString("status"));
        assertEquals(Map.of("ssh|bob|" + ip, 1), ours(CollectionJobs.difference(stored(), before), ip), "a refused key alone is no failure yet");

        appendSyslog(log, "sshd[" + pid + "]: Connection closed by authenticating user root " + ip + " port 40022 [preauth]",
                "sshd[" + (pid + 1) + "]: Failed password for invalid user bob from " + ip + " port 40023 ssh2");
        assertEquals("COMPLETED", CollectionJobs.runJob().getString("status"));
        assertEquals("COMPLETED", CollectionJobs.runJob().getString("status"));
        assertEquals(Map.of("ssh|root|" + ip, 1, "ssh|bob|" + ip, 1), ours(CollectionJobs.difference(stored(), before), ip),
                "each connection once, across the two collections");
    }

    private static Map<String, Integer> ours(Map<String, Integer> added, String ip) {
        Map<String, Integer> ours = new TreeMap<>(added);
        ours.keySet().removeIf(k -> !k.endsWith("|" + ip));
        return ours;
    }

    /** Lines as rsyslog writes them on lab-ftp, stamped now (the lab's zone is UTC). */
    private static void appendSyslog(Path log, String... messages) throws Exception {
        String stamp = java.time.format.DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss", java.util.Locale.ENGLISH)
                .format(java.time.LocalDateTime.now(java.time.ZoneOffset.UTC));
        StringBuilder lines = new StringBuilder();
        for (String m : messages) {
            lines.append(stamp).append(" lab-ftp ").append(m).append('\n');
        }
        Files.writeString(log, lines, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    @Test
    void hostileLinesAreSkippedAndCountedAndTheJobCompletes() throws Exception {
        assertEquals("COMPLETED", CollectionJobs.runJob().getString("status"));
        Map<String, Integer> before = stored();
        Path log = Path.of(CollectionJobs.labLog("lab-web", "nginx"));
        String stamp = java.time.format.DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss").format(java.time.LocalDateTime.now(java.time.ZoneOffset.UTC));
        byte[] invalidUtf8 = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, '\n'};
        byte[] binary = {0, 1, 2, 3, 27, '[', '3', '1', 'm', (byte) 0x80, '\n'};
        String injection = stamp + " [error] 1#1: *9 user \"x\" was not found in \"/etc/nginx/htpasswd\", client: 6.6.6.6, "
                + "server: evil\", client: 127.0.0.99, server: lab-web, request: \"GET / HTTP/1.1\"\n";
        try (var out = Files.newOutputStream(log, StandardOpenOption.APPEND)) {
            out.write(("x".repeat(1024 * 1024) + "\n").getBytes(StandardCharsets.US_ASCII));
            out.write(invalidUtf8);
            out.write(binary);
            out.write(injection.getBytes(StandardCharsets.UTF_8));
        }
        List<JsonObject> attempts = Lab.attack("web", 2);

        JsonObject execution = CollectionJobs.runJob();
        assertEquals("COMPLETED", execution.getString("status"), execution.toString());
        assertTrue(execution.getJsonNumber("linesSkipped").longValue() >= 3, "1 MiB line, invalid UTF-8, binary: " + execution);
        Map<String, Integer> added = CollectionJobs.difference(stored(), before);
        assertFalse(added.keySet().stream().anyMatch(k -> k.endsWith("|6.6.6.6")), "the injected address is never stored: " + added);
        assertTrue(added.entrySet().containsAll(CollectionJobs.attempted(attempts).entrySet()), "the real attempts after the junk: " + added);
        JsonObject source = API.get("log-sources/" + SOURCES.get(log.toString())).json();
        assertTrue(source.getJsonNumber("linesSkipped").longValue() >= 3, source.toString());
        assertNotNull(source.get("lastReadAt"));
    }
}
