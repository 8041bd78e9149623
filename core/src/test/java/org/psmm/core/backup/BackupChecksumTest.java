package org.psmm.core.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupChecksumTest {

    private static final String NAME = "psmm-20261123-210000.sql.gz";

    /** A real gzip of some SQL-like text with a correct sha256sum file beside it. */
    private static Path backup(Path dir) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Random random = new Random(7);
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            for (int i = 0; i < 20_000; i++) {
                gz.write(("INSERT INTO t VALUES (" + i + ", " + random.nextLong() + ");\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        Path file = dir.resolve(NAME);
        Files.write(file, bytes.toByteArray());
        String sha = HexFormat.of().formatHex(BackupChecksum.newDigest().digest(bytes.toByteArray()));
        Files.writeString(dir.resolve(NAME + ".sha256"), BackupChecksum.line(sha, NAME));
        return file;
    }

    @Test
    void acceptsAnIntactBackupInSha256sumFormat(@TempDir Path dir) throws Exception {
        Path file = backup(dir);
        String sha = BackupChecksum.verify(file);
        assertEquals(sha + "  " + NAME + "\n", Files.readString(dir.resolve(NAME + ".sha256")));
    }

    @Test
    void refusesATruncatedBackupEvenWithAMatchingChecksum(@TempDir Path dir) throws Exception {
        Path file = backup(dir);
        byte[] all = Files.readAllBytes(file);
        byte[] half = Arrays.copyOf(all, all.length / 2);
        Files.write(file, half);
        // the checksum of the truncated bytes, as if the copy had been checksummed after the damage
        Files.writeString(dir.resolve(NAME + ".sha256"),
                BackupChecksum.line(HexFormat.of().formatHex(BackupChecksum.newDigest().digest(half)), NAME));
        DamagedBackupException e = assertThrows(DamagedBackupException.class, () -> BackupChecksum.verify(file));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void refusesAChangedByte(@TempDir Path dir) throws Exception {
        Path file = backup(dir);
        byte[] all = Files.readAllBytes(file);
        all[all.length - 3] ^= 1; // in the gzip trailer: still decompresses far enough to need the checksum
        Files.write(file, all);
        assertThrows(DamagedBackupException.class, () -> BackupChecksum.verify(file));
    }

    @Test
    void refusesATruncatedBackupAgainstItsOriginalChecksum(@TempDir Path dir) throws Exception {
        Path file = backup(dir);
        byte[] all = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(all, all.length - 100));
        assertThrows(DamagedBackupException.class, () -> BackupChecksum.verify(file));
    }

    @Test
    void refusesAMissingOrForeignChecksumFile(@TempDir Path dir) throws Exception {
        Path file = backup(dir);
        Path sum = dir.resolve(NAME + ".sha256");
        String good = Files.readString(sum);
        Files.writeString(sum, good.replace(NAME, "psmm-20200101-000000.sql.gz"));
        assertTrue(assertThrows(DamagedBackupException.class, () -> BackupChecksum.verify(file)).getMessage().contains("is for"));
        Files.writeString(sum, "not a checksum\n");
        assertTrue(assertThrows(DamagedBackupException.class, () -> BackupChecksum.verify(file)).getMessage().contains("format"));
        Files.delete(sum);
        assertTrue(assertThrows(DamagedBackupException.class, () -> BackupChecksum.verify(file)).getMessage().contains("missing"));
    }

    @Test
    void refusesAFileThatIsNotGzip(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(NAME);
        byte[] text = "DROP TABLE host;\n".getBytes(StandardCharsets.UTF_8);
        Files.write(file, text);
        Files.writeString(dir.resolve(NAME + ".sha256"),
                BackupChecksum.line(HexFormat.of().formatHex(BackupChecksum.newDigest().digest(text)), NAME));
        assertTrue(assertThrows(DamagedBackupException.class, () -> BackupChecksum.verify(file)).getMessage().contains("gzip"));
    }
}
