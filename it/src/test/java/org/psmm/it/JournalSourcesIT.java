package org.psmm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.psmm.it.PsmmServer.Api;
import org.psmm.it.PsmmServer.Reply;

/**
 * Journal log sources on the lab: lab-sql's sshd-session and mariadbd entries, written to real
 * journal files by systemd-journal-remote (lab/journal) and read over SSH as monitor with
 * {@code sudo journalctl --file}, are stored once, through re-runs, a restart after a failure in
 * the middle of a run, and a vacuumed cursor.
 */
@ExtendWith(ArquillianExtension.class)
class JournalSourcesIT {

    private static final Api API = PsmmServer.admin();
    private static long hostId;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PsmmServer.ear();
    }

    @BeforeAll
    static void labSqlHost() {
        PsmmServer.removeAllHosts();
        Lab.authorize(API.get("ssh/identity").json().getString("authorizedKeysLine"));
        Reply host = API.post("hosts", """
                {"name":"lab-sql-journal-%s","address":"%s","roles":["SQL"],"timeZone":"Europe/Paris"}
                """.formatted(UUID.randomUUID().toString().substring(0, 6), Lab.address("lab-sql")));
        assertEquals(201, host.status(), host.body());
        hostId = host.json().getJsonNumber("id").longValue();
        LabHosts.pin(hostId);
    }

    private static final List<Path> FILES = new ArrayList<>();

    /** A fresh journal file of lab/journal for one test. */
    private static Path journal(String name) {
        Path file = Lab.journalFile(name + "-" + UUID.randomUUID().toString().substring(0, 8));
        FILES.add(file);
        return file;
    }

    /** The restart test's journal takes ~40 MB: the lab keeps none of this class's files. */
    @AfterAll
    static void deleteJournals() throws java.io.IOException {
        for (Path file : FILES) {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".away"));
        }
    }

    private static long journalSource(String filter, String format, Path file) {
        Reply source = API.post("hosts/" + hostId + "/log-sources", """
                {"kind":"JOURNAL","filter":"%s","format":"%s","file":"%s"}
                """.formatted(filter, format, file));
        assertEquals(201, source.status(), source.body());
        assertEquals("JOURNAL", source.json().getString("kind"));
        return source.json().getJsonNumber("id").longValue();
    }

    /** user|ip|time(µs) of every failure stored for a source, with its count. */
    private static Map<String, Integer> stored(long sourceId) throws Exception {
        Map<String, Integer> rows = new TreeMap<>();
        try (Connection c = PsmmServer.database();
                PreparedStatement ps = c.prepareStatement("SELECT user_name, source_ip, occurred_at FROM auth_failure "
                        + "WHERE source_id = ?")) {
            ps.setLong(1, sourceId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LocalDateTime at = rs.getObject(3, LocalDateTime.class);
                    rows.merge(rs.getString(1) + "|" + rs.getString(2) + "|" + micros(at.toInstant(ZoneOffset.UTC)), 1,
                            Integer::sum);
                }
            }
        }
        return rows;
    }

    private static long micros(Instant i) {
        return i.getEpochSecond() * 1_000_000L + i.getNano() / 1000;
    }

    /** What lab/journal says it logged: the failure each attempt must give, at the entry's own time. */
    private static Map<String, Integer> attempted(List<JsonObject> attempts) {
        Map<String, Integer> rows = new TreeMap<>();
        for (JsonObject a : attempts) {
            rows.merge(a.getString("user") + "|" + a.getString("source") + "|" + a.getJsonNumber("realtime_us").longValue(),
                    1, Integer::sum);
        }
        return rows;
    }

    private static Map<String, Integer> plus(Map<String, Integer> a, Map<String, Integer> b) {
        Map<String, Integer> sum = new TreeMap<>(a);
        b.forEach((k, v) -> sum.merge(k, v, Integer::sum));
        return sum;
    }

    @Test
    void failuresAreStoredOnceWithTheEntrysTimeAndANewRunAddsOnlyNewEntries() throws Exception {
        Path file = journal("once");
        List<JsonObject> ssh = new ArrayList<>(Lab.journalAppend("ssh", 7, file));
        List<JsonObject> sql = Lab.journalAppend("sql", 4, file);
        long sshSource = journalSource("sshd, sshd-session", "sshd", file);
        long sqlSource = journalSource("mariadb.service", "mariadb", file);

        assertEquals("COMPLETED", CollectionJobs.runJob().getString("status"));
        assertEquals(attempted(ssh), stored(sshSource), "each sshd-session failure once, at __REALTIME_TIMESTAMP");
        assertEquals(attempted(sql), stored(sqlSource), "each mariadbd Access denied once, at the entry's time");
        assertTrue(stored(sshSource).keySet().stream().anyMatch(k -> k.startsWith("jos\uFFFD|")),
                "a MESSAGE that is not UTF-8 (a byte array in the JSON) is read too");

        assertEquals("COMPLETED", CollectionJobs.runJob().getString("status"));
        assertEquals(attempted(ssh), stored(sshSource), "a re-run stores nothing new");

        List<JsonObject> more = Lab.journalAppend("ssh", 3, file);
        JsonObject run = CollectionJobs.runJob();
        assertEquals("COMPLETED", run.getString("status"), run.toString());
        assertEquals(plus(attempted(ssh), attempted(more)), stored(sshSource), "only the appended entries are added");
        assertEquals(attempted(sql), stored(sqlSource));

        JsonObject source = API.get("log-sources/" + sshSource).json();
        assertEquals("sshd,sshd-session", source.getString("journalFilter"));
        assertEquals(file.toString(), source.getString("journalFile"));
        assertTrue(source.getString("journalCursor").startsWith("s="), source.toString());
        assertEquals(10, source.getJsonNumber("failuresFound").longValue());
        assertEquals(0, source.getJsonNumber("journalGaps").longValue());
        try (Connection c = PsmmServer.database();
                PreparedStatement ps = c.prepareStatement("SELECT local_time, occurred_at FROM auth_failure WHERE source_id = ? "
                        + "ORDER BY occurred_at LIMIT 1")) {
            ps.setLong(1, sshSource);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                LocalDateTime utc = rs.getObject(2, LocalDateTime.class);
                assertEquals(LocalDateTime.ofInstant(utc.toInstant(ZoneOffset.UTC), java.time.ZoneId.of("Europe/Paris"))
                        .withNano(0), rs.getObject(1, LocalDateTime.class), "local time in the host's zone");
            }
        }
    }

    @Test
    void aRestartAfterAFailureInTheMiddleOfARunLosesAndDoublesNothing() throws Exception {
        Path file = journal("restart");
        int n = 40_000;
        List<JsonObject> attempts = Lab.journalAppend("ssh", n, file);
        assertEquals(n, attempts.size());
        long source = journalSource("sshd-session", "sshd", file);
        Path away = file.resolveSibling(file.getFileName() + ".away");

        Reply started = API.post("jobs/auth-failures", "");
        assertEquals(202, started.status(), started.body());
        long execution = started.json().getJsonNumber("executionId").longValue();
        awaitCommittedChunk(execution, source);
        // The journal goes away mid-run and the journalctl reading it dies: the read fails, the
        // retries from the saved cursor fail too, the partition fails.
        Files.move(file, away, StandardCopyOption.ATOMIC_MOVE);
        killJournalctlReading(file);
        JsonObject failed = CollectionJobs.awaitEnd(execution);
        assertEquals("FAILED", failed.getString("status"), failed.toString());
        int before = stored(source).values().stream().mapToInt(Integer::intValue).sum();
        assertTrue(before > 0 && before < n, "the failed run stored part of the journal: " + before);

        Files.move(away, file, StandardCopyOption.ATOMIC_MOVE);
        Reply restarted = API.post("jobs/executions/" + execution + "/restart", "");
        assertEquals(202, restarted.status(), restarted.body());
        JsonObject done = CollectionJobs.awaitEnd(restarted.json().getJsonNumber("executionId").longValue());
        assertEquals("COMPLETED", done.getString("status"), done.toString());
        assertEquals(attempted(attempts), stored(source), "nothing lost, nothing doubled");
    }

    private static void awaitCommittedChunk(long execution, long source) throws Exception {
        Instant limit = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(limit)) {
            try (Connection c = PsmmServer.database();
                    PreparedStatement ps = c.prepareStatement("SELECT lines_read FROM collection_progress "
                            + "WHERE job_execution_id = ? AND source_id = ?")) {
                ps.setLong(1, execution);
                ps.setLong(2, source);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && rs.getLong(1) > 0) {
                        return;
                    }
                }
            }
            Thread.sleep(50);
        }
        fail("no chunk of the journal source was committed within 2 minutes");
    }

    /** The journalctl processes (run by the lab's sshd through sudo) reading this file: by PID. */
    private static void killJournalctlReading(Path file) throws Exception {
        String wanted = "--file=" + file;
        List<Long> pids = new ArrayList<>();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    byte[] cmdline = Files.readAllBytes(p.resolve("cmdline"));
                    List<String> args = List.of(new String(cmdline, StandardCharsets.UTF_8).split("\0"));
                    if (!args.isEmpty() && args.get(0).endsWith("journalctl") && args.contains(wanted)) {
                        pids.add(Long.valueOf(p.getFileName().toString()));
                    }
                } catch (java.io.IOException gone) {
                    // ended meanwhile
                }
            }
        }
        assertTrue(!pids.isEmpty(), "journalctl was reading " + file);
        for (long pid : pids) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void aVacuumedCursorIsReportedAsAGapAndTheJobGoesOn() throws Exception {
        Path file = journal("vacuum");
        List<JsonObject> first = Lab.journalAppend("ssh", 3, file);
        long source = journalSource("sshd,sshd-session", "sshd", file);
        assertEquals("COMPLETED", CollectionJobs.runJob().getString("status"));
        assertEquals(attempted(first), stored(source));

        Lab.journalVacuum(file);
        List<JsonObject> after = Lab.journalAppend("ssh", 2, file);
        JsonObject run = CollectionJobs.runJob();
        assertEquals("COMPLETED", run.getString("status"), run.toString());
        assertEquals(plus(attempted(first), attempted(after)), stored(source), "what was logged after the gap is read");
        JsonObject partition = run.getJsonArray("partitions").stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getJsonNumber("sourceId").longValue() == source).findFirst().orElseThrow();
        assertEquals(1, partition.getJsonNumber("journalGaps").longValue(), partition.toString());
        JsonObject view = API.get("log-sources/" + source).json();
        assertEquals(1, view.getJsonNumber("journalGaps").longValue(), view.toString());
        assertTrue(view.getString("lastError", "").contains("no longer in the journal"), view.toString());

        List<JsonObject> later = Lab.journalAppend("ssh", 1, file);
        assertEquals("COMPLETED", CollectionJobs.runJob().getString("status"));
        assertEquals(plus(plus(attempted(first), attempted(after)), attempted(later)), stored(source));
        assertEquals(1, API.get("log-sources/" + source).json().getJsonNumber("journalGaps").longValue(),
                "the gap is counted once");
    }

    @Test
    void aFilterThatIsNotAUnitNorAnIdentifierIsRefusedWithItsReason() {
        for (String bad : List.of("sshd;reboot", "--file=/etc/shadow", "ssh.service,sshd", "")) {
            Reply r = API.post("hosts/" + hostId + "/log-sources", """
                    {"kind":"JOURNAL","filter":"%s","format":"sshd"}
                    """.formatted(bad));
            assertEquals(400, r.status(), bad + ": " + r.body());
            assertTrue(r.body().contains("filter"), r.body());
        }
        Reply noPath = API.post("hosts/" + hostId + "/log-sources", "{\"kind\":\"FILE\",\"format\":\"sshd\"}");
        assertEquals(400, noPath.status(), noPath.body());
    }

    @Test
    void theHostCheckSaysWhichLogsExistAndTheJournalIsSuggestedForTheMissingOnes() {
        // The lab's hosts are this machine: what exists here is what lab-sql has.
        boolean authLog = Files.exists(Path.of("/var/log/auth.log"));
        boolean mariadbLog = Files.exists(Path.of("/var/log/mysql/error.log"));
        JsonObject check = API.post("hosts/" + hostId + "/check", "").json();
        JsonObject logs = LabHosts.checkItems(check).get("logs");
        assertNotNull(logs, check.toString());
        String detail = logs.getString("detail");
        assertTrue(detail.contains("/var/log/auth.log: " + (authLog ? "found" : "missing")), detail);
        assertTrue(detail.contains("/var/log/mysql/error.log: " + (mariadbLog ? "found" : "missing")), detail);

        List<JsonObject> suggestions = API.get("hosts/" + hostId + "/log-sources/suggestions").jsonArray()
                .stream().map(JsonValue::asJsonObject).toList();
        JsonObject ssh = suggestions.stream().filter(s -> s.getString("format").equals("sshd")).findFirst().orElseThrow();
        assertEquals(authLog ? "FILE" : "JOURNAL", ssh.getString("kind"), ssh.toString());
        if (!authLog) {
            assertEquals("sshd,sshd-session", ssh.getString("filter"));
        }
        JsonObject sql = suggestions.stream().filter(s -> s.getString("format").equals("mariadb")).findFirst().orElseThrow();
        assertEquals(mariadbLog ? "FILE" : "JOURNAL", sql.getString("kind"), sql.toString());
        if (!mariadbLog) {
            assertEquals("mariadb.service", sql.getString("filter"));
        }
    }
}
