package org.psmm.core.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackupNameTest {

    @Test
    void nameIsUtcToTheSecond() {
        BackupName n = BackupName.at(Instant.parse("2026-11-23T21:05:09.987Z"), "psmm");
        assertEquals("psmm-20261123-210509.psmm.sql.gz", n.fileName());
        assertEquals(Instant.parse("2026-11-23T21:05:09Z"), n.takenAt());
        assertEquals("psmm-20261123-210509.psmm.sql.gz.sha256", n.checksumFileName());
        assertEquals("psmm", n.database());
    }

    @Test
    void parsesItsOwnNamesAndThoseWrittenBeforeNamesSaidTheDatabase() {
        BackupName n = BackupName.parse("psmm-20260101-000000.psmm_prod.sql.gz").orElseThrow();
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), n.takenAt());
        assertEquals("psmm_prod", n.database());
        BackupName old = BackupName.parse("psmm-20260101-000000.sql.gz").orElseThrow();
        assertEquals(null, old.database(), "its dump's header says it");
    }

    @Test
    void anyDatabaseNameBecomesASafeFileNameAndBack() {
        for (String db : java.util.List.of("psmm", "psmm-prod", "café", "a.b", "x~y", "sql")) {
            BackupName n = BackupName.at(Instant.parse("2026-01-01T00:00:00Z"), db);
            assertTrue(n.fileName().matches("psmm-20260101-000000\\.[A-Za-z0-9_~]+\\.sql\\.gz"), n.fileName());
            assertEquals(db, BackupName.parse(n.fileName()).orElseThrow().database());
        }
    }

    @Test
    void refusesAnythingElse() {
        for (String bad : List.of("", "../psmm-20260101-000000.sql.gz", "/etc/passwd", "psmm-20260101-000000.sql.gz/..",
                "psmm-20260101-000000.sql", "psmm-20261301-000000.sql.gz", "psmm-20260101-250000.sql.gz",
                ".psmm-20260101-000000.sql.gz.part", "psmm-20260101-000000.sql.gz.sha256", "x/psmm-20260101-000000.sql.gz",
                "psmm-2026011-000000.sql.gz", "psmm-20260101-000000.sql.gz\n", "psmm-20260101-000000.a/b.sql.gz",
                "psmm-20260101-000000..sql.gz", "psmm-20260101-000000.a~z.sql.gz")) {
            assertTrue(BackupName.parse(bad).isEmpty(), bad);
        }
    }

    @Test
    void sortsNewestFirst() {
        List<BackupName> sorted = List.of(BackupName.at(Instant.parse("2026-01-01T00:00:00Z"), "p"),
                BackupName.at(Instant.parse("2026-03-01T00:00:00Z"), "p"), BackupName.at(Instant.parse("2026-02-01T00:00:00Z"), "p"))
                .stream().sorted().toList();
        assertEquals(List.of("psmm-20260301-000000.p.sql.gz", "psmm-20260201-000000.p.sql.gz", "psmm-20260101-000000.p.sql.gz"),
                sorted.stream().map(BackupName::fileName).toList());
    }
}
