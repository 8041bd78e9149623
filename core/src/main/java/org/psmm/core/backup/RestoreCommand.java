package org.psmm.core.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.LongConsumer;

/**
 * {@code bin/psmm restore FILE} while PSMM is stopped: checks the backup, then loads it into the
 * database of PSMM_DB_URL (PSMM_DB_USER, PSMM_DB_PASSWORD). A backup of another database is
 * refused unless {@code --other-database} says that is meant. Exit 0 restored, 1 refused or
 * failed (nothing touched when refused), 2 usage.
 */
public final class RestoreCommand {

    private RestoreCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        boolean otherDatabase = args.length == 2 && args[0].equals("--other-database");
        String given = args.length == 1 ? args[0] : otherDatabase ? args[1] : null;
        if (given == null || given.startsWith("-")) {
            System.err.println("usage: bin/psmm restore [--other-database] FILE   (a psmm-....sql.gz with its .sha256 beside it)");
            return 2;
        }
        Path file = Path.of(given).toAbsolutePath();
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
            var name = BackupName.parse(file.getFileName().toString());
            String of = name.flatMap(n -> BackupOrigin.databaseOf(file.getParent(), n)).orElse(null);
            if (!otherDatabase && !db.database().equals(of)) {
                System.err.println("psmm: " + file.getFileName() + " is a backup of " + (of == null ? "an unknown database" : "database " + of)
                        + ", not of " + db.database() + ": add --other-database if you mean to replace " + db.database()
                        + " with it. Nothing was changed.");
                return 1;
            }
            System.err.println("Checking " + file.getFileName() + " (SHA-256 and gzip)...");
            String sha = DatabaseRestore.load(db, file, Duration.ofHours(6), new ProgressLines(Files.size(file)));
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

    /** A line on standard error every few seconds while a big backup loads. */
    private static final class ProgressLines implements LongConsumer {

        private static final long EVERY_NANOS = 5_000_000_000L;
        private final long total;
        private final long started = System.nanoTime();
        private long next = started + EVERY_NANOS;

        ProgressLines(long total) {
            this.total = total;
        }

        @Override
        public void accept(long done) {
            long now = System.nanoTime();
            if (now >= next && total > 0) {
                next = now + EVERY_NANOS;
                System.err.printf("Loading: %d %% (%.1f of %.1f MiB read) after %d s%n", done * 100 / total,
                        done / 1048576.0, total / 1048576.0, (now - started) / 1_000_000_000L);
            }
        }
    }
}
