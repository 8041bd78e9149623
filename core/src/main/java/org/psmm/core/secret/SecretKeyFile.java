package org.psmm.core.secret;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

/**
 * The key that seals PSMM's stored credentials: 32 random bytes in a file readable by PSMM's user
 * only, made on first use. It lives outside the database on purpose: a backup restored on
 * another PSMM (another key) restores everything but the secrets, which must be entered again.
 */
public final class SecretKeyFile {

    public static final String FILE_NAME = "secrets.key";
    private static final int KEY_BYTES = 32;

    private SecretKeyFile() {
    }

    /** The key in {@code directory}, created (0600, in a 0700 directory) when there is none. */
    public static SecretCipher openOrCreate(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        try {
            if (!Files.exists(file)) {
                create(directory, file);
            }
            byte[] key = Files.readAllBytes(file);
            if (key.length != KEY_BYTES) {
                throw new IllegalStateException(file + " is not a PSMM secret key (" + key.length
                        + " bytes, not " + KEY_BYTES + "): restore the file, or delete it and enter the secrets again");
            }
            return new SecretCipher(key);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read PSMM's secret key " + file, e);
        }
    }

    private static void create(Path directory, Path file) throws IOException {
        if (!Files.isDirectory(directory)) {
            Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Path temp = Files.createTempFile(directory, ".secrets", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.write(temp, key);
            // Two nodes or two threads may race on the first start: the first file wins, once.
            Files.createLink(file, temp);
        } catch (FileAlreadyExistsException anotherWon) {
            // keep the one that is there
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
