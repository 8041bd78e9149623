package org.psmm.core.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretCipherTest {

    @TempDir
    Path dir;

    @Test
    void aSealedSecretOpensWithTheSameKeyAndPurposeOnly() {
        SecretCipher cipher = SecretKeyFile.openOrCreate(dir);
        String sealed = cipher.seal("https://chat.example/hook?key=s3cr3t", "chat_channel.url");

        assertFalse(sealed.contains("s3cr3t"), sealed);
        assertTrue(SecretCipher.isSealed(sealed));
        assertEquals(Optional.of("https://chat.example/hook?key=s3cr3t"), cipher.open(sealed, "chat_channel.url"));
        assertThrows(IllegalArgumentException.class, () -> cipher.open(sealed, "captive_portal.password"));
    }

    @Test
    void theSameSecretSealsDifferentlyEachTime() {
        SecretCipher cipher = SecretKeyFile.openOrCreate(dir);
        assertNotEquals(cipher.seal("x", "p"), cipher.seal("x", "p"));
    }

    @Test
    void aSecretOfAnotherPsmmIsToBeEnteredAgainNotAnError() {
        String sealedElsewhere = SecretCipher.forKey(new byte[32]).seal("community", "snmp.community");
        assertEquals(Optional.empty(), SecretKeyFile.openOrCreate(dir).open(sealedElsewhere, "snmp.community"));
    }

    @Test
    void anAlteredSecretIsRefused() {
        SecretCipher cipher = SecretKeyFile.openOrCreate(dir);
        String sealed = cipher.seal("password", "p");
        char last = sealed.charAt(sealed.length() - 3);
        String altered = sealed.substring(0, sealed.length() - 3) + (last == 'A' ? 'B' : 'A') + sealed.substring(sealed.length() - 2);
        assertThrows(IllegalArgumentException.class, () -> cipher.open(altered, "p"));
        assertThrows(IllegalArgumentException.class, () -> cipher.open("clear text", "p"));
    }

    @Test
    void theKeyFileIsMadeOnceReadableByItsOwnerOnly() throws IOException {
        String sealed = SecretKeyFile.openOrCreate(dir).seal("x", "p");
        Path file = dir.resolve(SecretKeyFile.FILE_NAME);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(32, Files.size(file));
        assertEquals(Optional.of("x"), SecretKeyFile.openOrCreate(dir).open(sealed, "p"), "the second start reads the same key");
    }

    @Test
    void aDamagedKeyFileStopsWithASentence() throws IOException {
        Files.writeString(dir.resolve(SecretKeyFile.FILE_NAME), "short");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> SecretKeyFile.openOrCreate(dir));
        assertTrue(e.getMessage().contains("is not a PSMM secret key"), e.getMessage());
    }
}
