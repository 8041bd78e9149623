package org.psmm.core.backup;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.zip.GZIPInputStream;

/**
 * Loads a backup into PSMM's database with the mariadb client, after {@link BackupChecksum#verify}
 * accepted it: a damaged file is refused before anything is touched. The schema is created if
 * missing (a restore onto a new machine), so the dump itself names no database. Its tables are
 * dropped first, except WildFly's ({@link DatabaseDump#SERVER_TABLES}) and the audit trail PSMM set
 * aside ({@link #AUDIT_SET_ASIDE}): the schema becomes exactly the backup's, so a table a newer
 * migration added does not survive to break that migration when it runs again after the restore.
 */
public final class DatabaseRestore {

    /** Where PSMM keeps its audit trail during a restore, to bring back what the backup lacks. */
    public static final String AUDIT_SET_ASIDE = "audit_event_kept";

    private DatabaseRestore() {
    }

    /** SQL that drops every base table of the current schema but the server's, in one statement. */
    static String dropTables() {
        List<String> kept = new ArrayList<>(DatabaseDump.SERVER_TABLES);
        kept.add(AUDIT_SET_ASIDE);
        String keep = String.join(", ", kept.stream().map(t -> "'" + t + "'").toList());
        return "SET FOREIGN_KEY_CHECKS = 0;\n"
                + "SET SESSION group_concat_max_len = 1048576;\n"
                + "SET @psmm_tables = (SELECT GROUP_CONCAT('`', REPLACE(table_name, '`', '``'), '`') FROM information_schema.tables"
                + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' AND table_name NOT IN (" + keep + "));\n"
                + "SET @psmm_drop = IF(@psmm_tables IS NULL, 'DO 0', CONCAT('DROP TABLE IF EXISTS ', @psmm_tables));\n"
                + "PREPARE psmm_drop FROM @psmm_drop;\nEXECUTE psmm_drop;\nDEALLOCATE PREPARE psmm_drop;\n"
                + "SET FOREIGN_KEY_CHECKS = 1;\n";
    }

    static List<String> command(DatabaseTarget db) {
        List<String> c = new ArrayList<>();
        c.add("mariadb");
        c.addAll(db.connectionOptions());
        c.add("--batch");
        return c;
    }

    /**
     * @param loaded told, as the load goes, how many bytes of the (compressed) file were read and
     *               sent: the file's size at the end; a restore's progress
     * @return the verified SHA-256 of what was loaded
     * @throws DamagedBackupException when the file fails the check (nothing was touched)
     * @throws DatabaseToolException  when mariadb reported an error while loading
     */
    public static String load(DatabaseTarget db, Path backup, Duration timeout, LongConsumer loaded)
            throws DamagedBackupException, DatabaseToolException, IOException {
        String sha = BackupChecksum.verify(backup);
        try (ToolProcess client = ToolProcess.start(db, command(db), ProcessBuilder.Redirect.DISCARD)) {
            try (OutputStream stdin = client.process().getOutputStream();
                    InputStream sql = new GZIPInputStream(new Counted(Files.newInputStream(backup), loaded), 1 << 16)) {
                // The name was checked to be plain letters, digits, _ and $ (DatabaseTarget).
                stdin.write(("CREATE DATABASE IF NOT EXISTS `" + db.database() + "`;\nUSE `" + db.database() + "`;\n"
                        + dropTables()).getBytes(StandardCharsets.UTF_8));
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

    /** Tells how many bytes were read so far. */
    private static final class Counted extends FilterInputStream {

        private final LongConsumer loaded;
        private long count;

        Counted(InputStream in, LongConsumer loaded) {
            super(in);
            this.loaded = loaded;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                loaded.accept(++count);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
                loaded.accept(count);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            loaded.accept(count);
            return skipped;
        }
    }
}
