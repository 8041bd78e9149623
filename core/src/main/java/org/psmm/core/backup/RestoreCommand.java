package org.psmm.core.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code bin/psmm restore FILE} while PSMM is stopped: checks the backup, then loads it into the
 * database of PSMM_DB_URL (PSMM_DB_USER, PSMM_DB_PASSWORD). Exit 0 restored, 1 refused or
 * failed (nothing touched when refused), 2 usage.
 */
public final class RestoreCommand {

    private RestoreCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        if (args.length != 1 || args[0].startsWith("-")) {
            System.err.println("usage: bin/psmm restore FILE   (a psmm-YYYYMMDD-HHMMSS.sql.gz with its .sha256 beside it)");
            return 2;
        }
        Path file = Path.of(args[0]).toAbsolutePath();
        DatabaseTarget db;
        try {
            db = DatabaseTarget.fromEnvironment(System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("psmm: " + e.getMessage());
            return 2;
        }
        long started = System.nanoTime();
        try {
            if (!Files.isRegularFile(file)) {
                System.err.println("psmm: " + file + " is not a file");
                return 1;
            }
            System.err.println("Checking " + file.getFileName() + " (SHA-256 and gzip)...");
            String sha = DatabaseRestore.load(db, file, Duration.ofHours(6));
            System.err.printf("Restored %s (SHA-256 %s) into %s in %.1f s%n", file.getFileName(), sha, db,
                    (System.nanoTime() - started) / 1e9);
            return 0;
        } catch (DamagedBackupException e) {
            System.err.println("psmm: refused to restore " + file.getFileName() + ": " + e.getMessage()
                    + ". Nothing was changed.");
            return 1;
        } catch (DatabaseToolException | IOException e) {
            System.err.println("psmm: the restore of " + file.getFileName() + " failed: " + e.getMessage());
            return 1;
        }
    }
}
