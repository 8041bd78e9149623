package org.psmm.core.backup;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * The SHA-256 of a backup, kept beside it as {@code FILE.sha256} in sha256sum's format (so
 * {@code sha256sum -c} checks it too), and the check made before any restore: the checksum
 * matches and the gzip stream decompresses to its end.
 */
public final class BackupChecksum {

    private static final Pattern LINE = Pattern.compile("([0-9a-f]{64}) [ *](\\S+)\\n?");

    private BackupChecksum() {
    }

    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no SHA-256", e);
        }
    }

    /** The checksum file's content: {@code HEX  NAME} and a newline. */
    public static String line(String hex, String fileName) {
        return hex + "  " + fileName + "\n";
    }

    /** The hex checksum a checksum file gives for fileName. */
    static String expected(String content, String fileName) throws DamagedBackupException {
        var m = LINE.matcher(content);
        if (!m.matches()) {
            throw new DamagedBackupException("its checksum file is not in sha256sum format");
        }
        if (!m.group(2).equals(fileName)) {
            throw new DamagedBackupException("its checksum file is for " + m.group(2) + ", not " + fileName);
        }
        return m.group(1);
    }

    /**
     * Checks a backup before a restore, reading it once: the SHA-256 of the bytes against the
     * checksum file, and the gzip stream to its end (a truncated copy fails here even without a
     * checksum file to compare with).
     *
     * @return the verified checksum
     * @throws DamagedBackupException saying what is wrong, for the admin
     */
    public static String verify(Path backup) throws DamagedBackupException, IOException {
        String name = backup.getFileName().toString();
        Path sumFile = backup.resolveSibling(name + ".sha256");
        String expected;
        try {
            expected = expected(Files.readString(sumFile, StandardCharsets.US_ASCII), name);
        } catch (NoSuchFileException e) {
            throw new DamagedBackupException("its checksum file " + sumFile.getFileName() + " is missing");
        }
        MessageDigest digest = newDigest();
        try (InputStream raw = new DigestInputStream(Files.newInputStream(backup), digest);
                InputStream gz = new GZIPInputStream(raw, 1 << 16)) {
            byte[] buffer = new byte[1 << 16];
            while (gz.read(buffer) >= 0) {
                // read to the end: the gzip trailer's CRC and length are checked on the way
            }
            raw.transferTo(java.io.OutputStream.nullOutputStream()); // bytes after the last gzip member still count
        } catch (EOFException e) {
            throw new DamagedBackupException("it is truncated (the compressed data ends too early)");
        } catch (ZipException e) {
            throw new DamagedBackupException("it is not a valid gzip file (" + e.getMessage() + ")");
        } catch (NoSuchFileException e) {
            throw new DamagedBackupException("it does not exist");
        }
        String actual = HexFormat.of().formatHex(digest.digest());
        if (!actual.equals(expected)) {
            throw new DamagedBackupException("its SHA-256 is " + actual + " but " + sumFile.getFileName() + " says " + expected);
        }
        return actual;
    }
}
