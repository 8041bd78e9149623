package org.psmm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.psmm.it.PsmmServer.Api;
import org.psmm.it.PsmmServer.Reply;

/** The tests' own backup directory and backups taken now. */
final class Backups {

    static final Path DIR = Path.of(System.getProperty("psmm.backup.dir", "target/psmm-backups"));
    private static final Api API = PsmmServer.admin();

    private Backups() {
    }

    /**
     * Each test starts from an empty backup directory (it is the tests' own), with timed backups
     * off so that only the tests' own runs write there.
     */
    static void emptyBackupDirectory() throws IOException {
        assertEquals(200, API.put("settings", "{\"backups.intervalHours\": 0}").status());
        if (Files.isRegularFile(DIR)) {
            Files.delete(DIR);
        }
        if (Files.isDirectory(DIR)) {
            try (Stream<Path> files = Files.list(DIR)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
        }
    }

    static String backUpNow() {
        Reply r = API.post("backups", "");
        assertEquals(201, r.status(), r.body());
        return r.json().getString("fileName");
    }
}
