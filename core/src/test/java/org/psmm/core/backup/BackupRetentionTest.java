package org.psmm.core.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupRetentionTest {

    private static List<BackupName> nine() {
        List<BackupName> out = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            out.add(BackupName.at(Instant.parse("2026-11-0" + i + "T03:00:00Z"), "psmm"));
        }
        Collections.shuffle(out);
        return out;
    }

    @Test
    void keepsTheNewestSeven() {
        List<BackupName> gone = BackupRetention.beyond(nine(), 7);
        assertEquals(List.of("psmm-20261102-030000.psmm.sql.gz", "psmm-20261101-030000.psmm.sql.gz"),
                gone.stream().map(BackupName::fileName).toList());
    }

    @Test
    void alwaysKeepsOne() {
        assertEquals(8, BackupRetention.beyond(nine(), 0).size());
        assertTrue(BackupRetention.beyond(nine(), 20).isEmpty());
    }

    @Test
    void pruneDeletesBackupsWithTheirChecksumsAndNothingElse(@TempDir Path dir) throws IOException {
        for (BackupName n : nine()) {
            Files.writeString(dir.resolve(n.fileName()), "x");
            Files.writeString(dir.resolve(n.checksumFileName()), "y");
        }
        Files.writeString(dir.resolve("notes.txt"), "mine");
        Files.writeString(dir.resolve(".psmm-20261110-030000.sql.gz.part"), "half");
        List<BackupName> gone = BackupDirectory.prune(dir, 7, "psmm");
        assertEquals(2, gone.size());
        assertEquals(7, BackupDirectory.list(dir).size());
        assertEquals("psmm-20261109-030000.psmm.sql.gz", BackupDirectory.list(dir).get(0).fileName());
        assertFalse(Files.exists(dir.resolve("psmm-20261101-030000.psmm.sql.gz.sha256")));
        assertTrue(Files.exists(dir.resolve("notes.txt")));
        assertEquals(1, BackupDirectory.removeLeftovers(dir));
        assertTrue(Files.exists(dir.resolve("notes.txt")));
    }

    @Test
    void anotherDatabasesBackupsInTheSameDirectoryAreNeitherCountedNorDeleted(@TempDir Path dir) throws IOException {
        for (BackupName n : nine()) {
            Files.writeString(dir.resolve(n.fileName()), "x");
        }
        for (int i = 1; i <= 3; i++) {
            Files.writeString(dir.resolve(BackupName.at(Instant.parse("2026-11-2" + i + "T03:00:00Z"), "other").fileName()), "x");
        }
        // One written before names said the database: its dump's header says it is the other's.
        Path old = dir.resolve("psmm-20261120-030000.sql.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(old))) {
            out.write("-- MariaDB dump 10.19  Distrib 10.11.19-MariaDB\n--\n-- Host: 127.0.0.1    Database: other\n".getBytes());
        }
        assertEquals(9, BackupDirectory.listOf(dir, "psmm").size());
        assertEquals(4, BackupDirectory.listOf(dir, "other").size());
        BackupDirectory.prune(dir, 2, "other");
        assertEquals(9, BackupDirectory.listOf(dir, "psmm").size(), "psmm's backups are untouched");
        assertEquals(2, BackupDirectory.listOf(dir, "other").size());
        assertFalse(Files.exists(old), "the oldest of the other's went, read from its header");
    }

    @Test
    void findsOnlyExactNamesInTheDirectory(@TempDir Path dir) throws IOException {
        Path sub = Files.createDirectory(dir.resolve("backups"));
        Files.writeString(sub.resolve("psmm-20261101-030000.sql.gz"), "x");
        Files.writeString(dir.resolve("psmm-20261102-030000.sql.gz"), "outside");
        assertTrue(BackupDirectory.find(sub, "psmm-20261101-030000.sql.gz").isPresent());
        assertTrue(BackupDirectory.find(sub, "../psmm-20261102-030000.sql.gz").isEmpty());
        assertTrue(BackupDirectory.find(sub, "psmm-20261103-030000.sql.gz").isEmpty());
        Files.createSymbolicLink(sub.resolve("psmm-20261104-030000.sql.gz"), dir.resolve("psmm-20261102-030000.sql.gz"));
        assertTrue(BackupDirectory.find(sub, "psmm-20261104-030000.sql.gz").isEmpty());
    }
}
