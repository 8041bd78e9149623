package org.psmm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.psmm.it.PsmmServer.Api;
import org.psmm.it.PsmmServer.Reply;

/**
 * Backups of PSMM's own database through the API, with the real mariadb-dump and mariadb client
 * against the tests' MariaDB schema; the backup directory is read from here as an admin would.
 */
@ExtendWith(ArquillianExtension.class)
class BackupIT {

    private static final Api API = PsmmServer.admin();
    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PsmmServer.ear();
    }

    /** The job reads every host's logs: start from none of the earlier classes' hosts. */
    @BeforeAll
    static void noHostLeftByOthers() {
        PsmmServer.removeAllHosts();
    }

    @BeforeEach
    void emptyDirectory() throws IOException {
        Backups.emptyBackupDirectory();
    }

    private static Set<String> filesOnDisk() throws IOException {
        try (Stream<Path> files = Files.list(Backups.DIR)) {
            return files.map(f -> f.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void nineRunsLeaveTheNewestSevenEachWithItsSha256() throws Exception {
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            made.add(Backups.backUpNow());
        }
        assertEquals(9, new TreeSet<>(made).size(), "every run has its own name: " + made);
        List<String> newestSeven = made.subList(2, 9);
        Set<String> expected = new TreeSet<>();
        for (String f : newestSeven) {
            expected.add(f);
            expected.add(f + ".sha256");
        }
        assertEquals(expected, filesOnDisk(), "seven backups, the newest, each with its checksum file, and nothing else");

        for (String f : newestSeven) {
            Path file = Backups.DIR.resolve(f);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(Backups.DIR.resolve(f + ".sha256"))));
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
            assertEquals(sha + "  " + f + "\n", Files.readString(Backups.DIR.resolve(f + ".sha256")), "sha256sum -c format");
            try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(file))) {
                String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(sql.contains("CREATE TABLE `host`"), "a dump of PSMM's tables");
                assertFalse(sql.contains("CREATE DATABASE"), "no database named in the dump: it restores into the configured schema");
                String last = sql.strip().lines().reduce((a, b) -> b).orElse("");
                assertTrue(last.startsWith("-- Dump completed"), "a whole dump: " + last);
            }
        }

        // the API lists what is on disk, newest first, with what each run recorded
        List<JsonObject> listed = API.get("backups").jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getBoolean("onDisk")).toList();
        List<String> reversed = new ArrayList<>(newestSeven);
        java.util.Collections.reverse(reversed);
        assertEquals(reversed, listed.stream().map(o -> o.getString("fileName")).toList());
        JsonObject newest = listed.get(0);
        assertTrue(newest.keySet().stream().noneMatch(k -> k.startsWith("get") || k.startsWith("is")),
                "each field once, under its own name: " + newest.keySet());
        assertEquals("SUCCEEDED", newest.getString("status"));
        assertEquals(Files.size(Backups.DIR.resolve(newest.getString("fileName"))), newest.getJsonNumber("sizeBytes").longValue());
        assertTrue(newest.getJsonNumber("durationMs").longValue() >= 0);
        assertEquals(64, newest.getString("sha256").length());

        // download gives the same bytes
        var download = PsmmServer.http().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(PsmmServer.URL + "/api/backups/" + newest.getString("fileName")))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (PsmmServer.ADMIN + ":" + PsmmServer.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode());
        assertTrue(Arrays.equals(Files.readAllBytes(Backups.DIR.resolve(newest.getString("fileName"))), download.body()));
    }

    @Test
    void aRestoreBringsTheDataBackAsItWasAtTheBackup() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        long kept = createHost("kept-" + suffix, "127.0.0.61");
        long changed = createHost("changed-" + suffix, "127.0.0.62");
        long deleted = createHost("deleted-" + suffix, "127.0.0.63");
        String backup = Backups.backUpNow();

        assertEquals(200, API.put("hosts/" + changed, hostJson("changed-" + suffix, "127.0.0.99")).status());
        assertEquals(204, API.delete("hosts/" + deleted).status());
        long added = createHost("added-" + suffix, "127.0.0.64");
        String later = Backups.backUpNow();

        Reply restored = API.post("backups/" + backup + "/restore", "");
        assertEquals(200, restored.status(), restored.body());
        assertTrue(restored.json().getBoolean("restored"));

        assertEquals("127.0.0.61", API.get("hosts/" + kept).json().getString("address"));
        assertEquals("127.0.0.62", API.get("hosts/" + changed).json().getString("address"), "the change is undone");
        assertEquals("deleted-" + suffix, API.get("hosts/" + deleted).json().getString("name"), "the deleted host is back");
        assertEquals(404, API.get("hosts/" + added).status(), "the host added after the backup is gone");

        // the directory is the truth: the later backup is still listed, and the restore is recorded
        List<String> listed = API.get("backups").jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getBoolean("onDisk")).map(o -> o.getString("fileName")).toList();
        assertEquals(List.of(later, backup), listed);
        try (var c = PsmmServer.database(); var s = c.createStatement();
                var rs = s.executeQuery("SELECT status, started_by FROM backup_run WHERE kind = 'RESTORE' AND file_name = '"
                        + backup + "' ORDER BY id DESC")) {
            assertTrue(rs.next(), "the restore is in the history");
            assertEquals("SUCCEEDED", rs.getString(1));
            assertEquals(PsmmServer.ADMIN, rs.getString(2));
        }
        // the backup taken after the restored one is still in the history too (written back)
        try (var c = PsmmServer.database(); var s = c.createStatement();
                var rs = s.executeQuery("SELECT COUNT(*) FROM backup_run WHERE kind = 'BACKUP' AND file_name = '" + later + "'")) {
            rs.next();
            assertEquals(1, rs.getInt(1));
        }
        // timers and jobs run again: a new backup works
        Backups.backUpNow();
    }

    @Test
    void jobsArePausedWhileARestoreRunsAndResumeAfter() throws Exception {
        String backup = Backups.backUpNow();
        java.util.concurrent.CompletableFuture<Reply> restore;
        // A reader's open transaction on `alert` (the first table the restore drops, in MariaDB's
        // lock order) holds the restore at its start, with timers and jobs already paused.
        try (var c = PsmmServer.database()) {
            c.setAutoCommit(false);
            try (var s = c.createStatement()) {
                s.executeQuery("SELECT COUNT(*) FROM alert").close();
            }
            restore = java.util.concurrent.CompletableFuture.supplyAsync(() -> API.post("backups/" + backup + "/restore", ""));
            Reply refused = null;
            long until = System.nanoTime() + 20_000_000_000L;
            while (System.nanoTime() < until) {
                refused = API.post("jobs/auth-failures", "");
                if (refused.body().contains("paused")) {
                    break;
                }
                Thread.sleep(200);
            }
            assertEquals(409, refused.status(), refused.body());
            assertTrue(refused.body().contains("Jobs are paused: restore of " + backup), refused.body());
            assertEquals(409, API.post("backups", "").status(), "no backup during a restore");
            // Another request sees where the restore is: loading (held), this file, of this size.
            JsonObject progress = null;
            until = System.nanoTime() + 20_000_000_000L;
            while (System.nanoTime() < until) {
                progress = API.get("backups/restore-progress").json();
                if ("LOADING".equals(progress.getString("phase", null))) {
                    break;
                }
                Thread.sleep(200);
            }
            assertTrue(progress.getBoolean("running"), progress.toString());
            assertEquals("LOADING", progress.getString("phase"), progress.toString());
            assertEquals(backup, progress.getString("fileName"));
            assertEquals(PsmmServer.ADMIN, progress.getString("by"));
            assertEquals(Files.size(Backups.DIR.resolve(backup)), progress.getJsonNumber("bytesTotal").longValue());
            // A small backup is read whole at once, before mariadb even gets to the held DROP.
            long read = progress.getJsonNumber("bytesRead").longValue();
            assertTrue(read >= 0 && read <= progress.getJsonNumber("bytesTotal").longValue(), progress.toString());
            assertEquals(read * 100 / progress.getJsonNumber("bytesTotal").longValue(), progress.getInt("percent"));
            c.rollback();
        }
        Reply done = restore.get(60, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(200, done.status(), done.body());
        JsonObject idle = API.get("backups/restore-progress").json();
        assertFalse(idle.getBoolean("running"), idle.toString());
        Reply after = API.post("jobs/auth-failures", "");
        assertFalse(after.body().contains("paused"), "resumed: " + after.body());
    }

    @Test
    void anotherDatabasesBackupInTheSameDirectoryIsNeitherRotatedNorRestoredUnlessMeant() throws Exception {
        String mine = Backups.backUpNow();
        String schema = System.getProperty("psmm.db.url").replaceAll(".*/", "").replaceAll("\\?.*", "");
        assertTrue(mine.matches("psmm-\\d{8}-\\d{6}\\." + schema + "\\.sql\\.gz"), "the name says the database: " + mine);
        // The same dump under another PSMM's name (its header still says ours: the name wins).
        String theirs = mine.replace("." + schema + ".sql.gz", ".psmm_other.sql.gz");
        Files.copy(Backups.DIR.resolve(mine), Backups.DIR.resolve(theirs));
        Files.writeString(Backups.DIR.resolve(theirs + ".sha256"), Files.readString(Backups.DIR.resolve(mine + ".sha256")).replace(mine, theirs));
        try {
            JsonObject listed = API.get("backups").jsonArray().stream().map(JsonValue::asJsonObject)
                    .filter(b -> b.getString("fileName").equals(theirs)).findFirst().orElseThrow();
            assertEquals("psmm_other", listed.getString("database"));
            assertTrue(listed.getBoolean("otherDatabase"));

            assertEquals(200, API.put("settings", "{\"backups.keep\": 1}").status());
            Backups.backUpNow();
            assertTrue(Files.exists(Backups.DIR.resolve(theirs)), "another database's backup is not ours to rotate");

            Reply refused = API.post("backups/" + theirs + "/restore", "");
            assertEquals(409, refused.status(), refused.body());
            assertTrue(refused.json().getString("error").contains("database psmm_other, not of " + schema), refused.body());
            Reply meant = API.post("backups/" + theirs + "/restore?otherDatabase=true", "");
            assertEquals(200, meant.status(), meant.body());
        } finally {
            API.put("settings", "{\"backups.keep\": 7}");
            Files.deleteIfExists(Backups.DIR.resolve(theirs));
            Files.deleteIfExists(Backups.DIR.resolve(theirs + ".sha256"));
        }
    }

    @Test
    void aTruncatedBackupIsRefusedAndNothingIsTouched() throws Exception {
        String good = Backups.backUpNow();
        byte[] all = Files.readAllBytes(Backups.DIR.resolve(good));
        // a copy cut short, with a checksum file that matches the cut bytes: only the gzip check can tell
        String cut = "psmm-20000101-000000.sql.gz";
        byte[] half = Arrays.copyOf(all, all.length / 2);
        Files.write(Backups.DIR.resolve(cut), half);
        Files.writeString(Backups.DIR.resolve(cut + ".sha256"),
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(half)) + "  " + cut + "\n");
        // and one cut short against its original checksum
        String cut2 = "psmm-20000101-000001.sql.gz";
        Files.write(Backups.DIR.resolve(cut2), Arrays.copyOf(all, all.length - 10));
        Files.writeString(Backups.DIR.resolve(cut2 + ".sha256"), Files.readString(Backups.DIR.resolve(good + ".sha256")).replace(good, cut2));

        long after = createHost("after-" + UUID.randomUUID().toString().substring(0, 6), "127.0.0.65");
        String before = API.get("hosts").body();

        Reply refused = API.post("backups/" + cut + "/restore", "");
        assertEquals(422, refused.status(), refused.body());
        assertTrue(refused.json().getString("error").contains("truncated"), refused.body());
        assertTrue(refused.json().getString("error").contains("Nothing was changed"), refused.body());
        Reply refused2 = API.post("backups/" + cut2 + "/restore", "");
        assertEquals(422, refused2.status(), refused2.body());

        assertEquals(before, API.get("hosts").body(), "the data is untouched");
        assertEquals(200, API.get("hosts/" + after).status());
        assertTrue(Files.exists(Backups.DIR.resolve(cut)), "the refused file is left for the admin to look at");
    }

    @Test
    void onlyExactBackupNamesInTheDirectoryAreEverOpened() throws Exception {
        Files.createDirectories(Backups.DIR);
        Path outside = Backups.DIR.getParent().resolve("psmm-20000101-000002.sql.gz");
        Files.writeString(outside, "not yours");
        try {
            for (String bad : List.of("..%2Fpsmm-20000101-000002.sql.gz", "psmm-20000101-000002.sql.gz", "..%2F..%2Fetc%2Fpasswd",
                    "%2Fetc%2Fpasswd", "notes.txt")) {
                assertEquals(404, API.post("backups/" + bad + "/restore", "").status(), bad);
                assertEquals(404, API.get("backups/" + bad).status(), bad);
            }
        } finally {
            Files.delete(outside);
        }
        Api viewer = PsmmServer.api("backup-viewer", "viewer-secret-1");
        PsmmServer.ensureUser("backup-viewer", "viewer-secret-1", "viewer");
        assertEquals(403, viewer.get("backups").status(), "backups are for administrators");
        assertEquals(403, viewer.post("backups", "").status());
    }

    @Test
    void aFailedBackupRaisesAPsmmAlertThatTheNextGoodOneResolves() throws Exception {
        // the backup directory cannot be created where a plain file stands
        Files.deleteIfExists(Backups.DIR);
        Files.writeString(Backups.DIR, "in the way");
        try {
            Reply failed = API.post("backups", "");
            assertEquals(500, failed.status(), failed.body());
            assertTrue(failed.json().getString("error").startsWith("The backup failed"), failed.body());
            assertTrue(failed.json().getString("error").contains("is not a directory"), failed.body());
            List<JsonObject> open = API.get("alerts?kind=BACKUP_FAILED&open=true").jsonArray().stream()
                    .map(JsonValue::asJsonObject).toList();
            assertEquals(1, open.size(), open.toString());
            assertEquals("PSMM", open.get(0).getString("hostName"));
            assertTrue(open.get(0).getString("detail").contains("failed"), open.toString());
            JsonObject listed = API.get("backups").jsonArray().getJsonObject(0);
            assertEquals("FAILED", listed.getString("status"));
            assertFalse(listed.getBoolean("onDisk"));
        } finally {
            Files.delete(Backups.DIR);
        }
        Backups.backUpNow();
        assertEquals(0, API.get("alerts?kind=BACKUP_FAILED&open=true").jsonArray().size(), "resolved by the next good backup");
        assertFalse(API.get("alerts?kind=BACKUP_FAILED&open=false").jsonArray().isEmpty());
    }

    private static String hostJson(String name, String address) {
        return """
                {"name":"%s","address":"%s","roles":["WEB"],"timeZone":"UTC"}
                """.formatted(name, address);
    }

    private static long createHost(String name, String address) {
        Reply r = API.post("hosts", hostJson(name, address));
        assertEquals(201, r.status(), r.body());
        return r.json().getJsonNumber("id").longValue();
    }
}
