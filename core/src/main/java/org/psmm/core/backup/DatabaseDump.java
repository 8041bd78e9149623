package org.psmm.core.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * Writes one backup: {@code mariadb-dump --single-transaction} (a consistent snapshot without
 * locking PSMM out) streamed through gzip in this JVM into a hidden temporary file (0600), with
 * its SHA-256 computed on the way; the checksum file and then the backup are renamed into place
 * only once the dump ended well, so a crash never leaves a complete-looking but partial backup.
 */
public final class DatabaseDump {

    static final String PART_SUFFIX = ".part";

    /**
     * Tables WildFly owns in the same schema (JBeret's job repository, the EJB timer store): the
     * running server keeps state about their rows, so a restore must leave them as they are.
     */
    public static final List<String> SERVER_TABLES = List.of("JOB_INSTANCE", "JOB_EXECUTION", "STEP_EXECUTION",
            "PARTITION_EXECUTION", "JBOSS_EJB_TIMER");

    private static final String COMPLETED = "-- Dump completed";
    /** How much of the dump's end is kept to look for COMPLETED. */
    private static final int TAIL = 256;

    /** A written backup. */
    public record Written(BackupName name, Path file, long sizeBytes, String sha256, Duration took) {
    }

    private DatabaseDump() {
    }

    /** The command line: no password on it (MYSQL_PWD), no --databases so it restores into any schema. */
    static List<String> command(DatabaseTarget db) {
        List<String> c = new ArrayList<>();
        c.add("mariadb-dump");
        c.addAll(db.connectionOptions());
        c.addAll(List.of("--single-transaction", "--quick", "--routines", "--triggers", "--hex-blob", "--skip-lock-tables"));
        for (String t : SERVER_TABLES) {
            c.add("--ignore-table=" + db.database() + "." + t);
        }
        c.add(db.database());
        return c;
    }

    /**
     * @throws DatabaseToolException when mariadb-dump fails (its message included), nothing left behind
     * @throws IOException           when the directory cannot be written, nothing left behind
     */
    public static Written write(DatabaseTarget db, Path directory, BackupName name, Duration timeout)
            throws DatabaseToolException, IOException {
        long started = System.nanoTime();
        BackupDirectory.create(directory);
        Path part = directory.resolve("." + name.fileName() + PART_SUFFIX);
        Path sumPart = directory.resolve("." + name.checksumFileName() + PART_SUFFIX);
        Path file = directory.resolve(name.fileName());
        Path sumFile = directory.resolve(name.checksumFileName());
        if (Files.exists(file)) {
            throw new IOException(file + " already exists");
        }
        Files.deleteIfExists(part);
        Files.deleteIfExists(sumPart);
        MessageDigest digest = BackupChecksum.newDigest();
        boolean done = false;
        try (ToolProcess dump = ToolProcess.start(db, command(db), ProcessBuilder.Redirect.PIPE)) {
            long size;
            boolean completed;
            try (FileChannel channel = FileChannel.open(part, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                    PosixFilePermissions.asFileAttribute(BackupDirectory.FILE_MODE));
                    InputStream in = dump.process().getInputStream()) {
                CountingOutputStream counted = new CountingOutputStream(Channels.newOutputStream(channel));
                GZIPOutputStream gz = new GZIPOutputStream(new DigestOutputStream(counted, digest), 1 << 16);
                completed = copyWatchingEnd(in, gz);
                gz.finish();
                gz.flush();
                channel.force(true); // on disk before the rename makes it look complete
                size = counted.count;
                gz.close();
            }
            dump.awaitSuccess(timeout);
            if (!completed) {
                throw new DatabaseToolException("mariadb-dump ended without its \"Dump completed\" line: the dump is incomplete");
            }
            String sha = HexFormat.of().formatHex(digest.digest());
            Files.writeString(sumPart, BackupChecksum.line(sha, name.fileName()), StandardCharsets.US_ASCII,
                    StandardOpenOption.CREATE_NEW);
            Files.setPosixFilePermissions(sumPart, BackupDirectory.FILE_MODE);
            move(sumPart, sumFile);
            move(part, file);
            done = true;
            return new Written(name, file, size, sha, Duration.ofNanos(System.nanoTime() - started));
        } finally {
            if (!done) {
                Files.deleteIfExists(part);
                Files.deleteIfExists(sumPart);
                if (!Files.exists(file)) {
                    Files.deleteIfExists(sumFile);
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Copies everything; true when the text ends with mariadb-dump's closing comment. */
    private static boolean copyWatchingEnd(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[1 << 16];
        byte[] tail = new byte[TAIL];
        int tailLength = 0;
        int n;
        while ((n = in.read(buffer)) >= 0) {
            out.write(buffer, 0, n);
            // Keep the last TAIL bytes seen, without copying the whole buffer at every read.
            int taken = Math.min(n, TAIL);
            int kept = Math.min(tailLength, TAIL - taken);
            System.arraycopy(tail, tailLength - kept, tail, 0, kept);
            System.arraycopy(buffer, n - taken, tail, kept, taken);
            tailLength = kept + taken;
        }
        return new String(tail, 0, tailLength, StandardCharsets.US_ASCII).contains(COMPLETED);
    }

    private static final class CountingOutputStream extends java.io.FilterOutputStream {
        long count;

        CountingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
