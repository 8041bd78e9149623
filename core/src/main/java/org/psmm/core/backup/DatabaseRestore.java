package org.psmm.core.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Loads a backup into PSMM's database with the mariadb client, after {@link BackupChecksum#verify}
 * accepted it: a damaged file is refused before anything is touched. The schema is created if
 * missing (a restore onto a new machine), so the dump itself names no database.
 */
public final class DatabaseRestore {

    private DatabaseRestore() {
    }

    static List<String> command(DatabaseTarget db) {
        List<String> c = new ArrayList<>();
        c.add("mariadb");
        c.addAll(db.connectionOptions());
        c.add("--batch");
        return c;
    }

    /**
     * @return the verified SHA-256 of what was loaded
     * @throws DamagedBackupException when the file fails the check (nothing was touched)
     * @throws DatabaseToolException  when mariadb reported an error while loading
     */
    public static String load(DatabaseTarget db, Path backup, Duration timeout)
            throws DamagedBackupException, DatabaseToolException, IOException {
        String sha = BackupChecksum.verify(backup);
        try (ToolProcess client = ToolProcess.start(db, command(db), ProcessBuilder.Redirect.DISCARD)) {
            try (OutputStream stdin = client.process().getOutputStream();
                    InputStream sql = new GZIPInputStream(Files.newInputStream(backup), 1 << 16)) {
                // The name was checked to be plain letters, digits, _ and $ (DatabaseTarget).
                stdin.write(("CREATE DATABASE IF NOT EXISTS `" + db.database() + "`;\nUSE `" + db.database() + "`;\n")
                        .getBytes(StandardCharsets.UTF_8));
                sql.transferTo(stdin);
            } catch (IOException e) {
                // A broken pipe means mariadb stopped reading: its own message says why.
                client.awaitSuccess(timeout);
                throw e;
            }
            client.awaitSuccess(timeout);
        }
        return sha;
    }
}
