package org.psmm.core.ssh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SshIdentityTest {

    @TempDir
    Path dir;

    @Test
    void generatesAnEd25519KeyReadableOnlyByItsOwner() throws Exception {
        SshIdentity identity = SshIdentity.loadOrCreate(dir.resolve("ssh"), "psmm@test-host");
        Path privateKey = dir.resolve("ssh/psmm_ed25519");
        assertEquals(privateKey, identity.privateKeyFile());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(privateKey)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("ssh"))));
        assertEquals("ssh-ed25519", identity.keyType());
        assertTrue(identity.publicKeyLine().matches("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5[A-Za-z0-9+/=]+ psmm@test-host"),
                identity.publicKeyLine());
        assertEquals(identity.publicKeyLine(), identity.authorizedKeysLine());
        assertEquals(identity.publicKeyLine() + "\n", Files.readString(dir.resolve("ssh/psmm_ed25519.pub")));
        try (Stream<Path> files = Files.list(dir.resolve("ssh"))) {
            assertEquals(2, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void reloadingGivesTheSameKey() throws Exception {
        SshIdentity first = SshIdentity.loadOrCreate(dir, "psmm@a");
        SshIdentity again = SshIdentity.loadOrCreate(dir, "psmm@ignored-when-loading");
        assertArrayEquals(first.publicKeyBlob(), again.publicKeyBlob());
        assertEquals(first.publicKeyLine(), again.publicKeyLine());
        assertEquals(first.fingerprint(), again.fingerprint());
    }

    @Test
    void openSshReadsTheGeneratedKey() throws Exception {
        SshIdentity identity = SshIdentity.loadOrCreate(dir, "psmm@a");
        String derived = TestSshd.run("ssh-keygen", "-y", "-f", identity.privateKeyFile().toString()).strip();
        assertEquals(identity.publicKeyLine(), derived);
        String listed = TestSshd.run("ssh-keygen", "-lf", dir.resolve("psmm_ed25519.pub").toString());
        assertEquals("256 " + identity.fingerprint() + " psmm@a (ED25519)", listed.strip());
    }

    @Test
    void defaultCommentNamesThisHost() throws Exception {
        SshIdentity identity = SshIdentity.loadOrCreate(dir);
        assertEquals("psmm@" + SshIdentity.localHostName(), identity.comment());
        assertTrue(identity.comment().matches("psmm@[A-Za-z0-9._-]+"));
    }

    @Test
    void loadsAnRsaKeyMadeByOpenSsh() throws Exception {
        Path key = dir.resolve("id_rsa");
        TestSshd.run("ssh-keygen", "-q", "-t", "rsa", "-b", "2048", "-N", "", "-C", "ops@example", "-f", key.toString());
        SshIdentity identity = SshIdentity.load(key);
        assertEquals("ssh-rsa", identity.keyType());
        assertEquals(Files.readString(dir.resolve("id_rsa.pub")).strip(), identity.publicKeyLine());
    }

    @Test
    void refusesAKeyOthersCanRead() throws Exception {
        SshIdentity.loadOrCreate(dir, "psmm@a");
        Path key = dir.resolve("psmm_ed25519");
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
        IOException e = assertThrows(IOException.class, () -> SshIdentity.load(key));
        assertTrue(e.getMessage().contains("chmod 600"), e.getMessage());
    }

    @Test
    void refusesAKeyWithAPassphrase() throws Exception {
        Path key = dir.resolve("locked");
        TestSshd.run("ssh-keygen", "-q", "-t", "ed25519", "-N", "secret-pass", "-f", key.toString());
        IOException e = assertThrows(IOException.class, () -> SshIdentity.load(key));
        assertTrue(e.getMessage().contains("passphrase"), e.getMessage());
    }

    @Test
    void refusesWhatIsNotAKey() throws Exception {
        Path key = dir.resolve("junk");
        Files.writeString(key, "-----BEGIN OPENSSH PRIVATE KEY-----\nnot a key\n-----END OPENSSH PRIVATE KEY-----\n");
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        assertThrows(IOException.class, () -> SshIdentity.load(key));
        assertThrows(IOException.class, () -> SshIdentity.load(dir.resolve("missing")));
    }

    @Test
    void neverShowsThePrivateKey() throws Exception {
        SshIdentity identity = SshIdentity.loadOrCreate(dir, "psmm@a");
        String privateText = Files.readString(identity.privateKeyFile());
        String body = privateText.lines().filter(l -> !l.startsWith("-----")).reduce("", String::concat);
        String shown = identity.toString() + identity.publicKeyLine();
        // Any 16 characters of the private key's encoding would betray it.
        for (int i = 0; i + 16 <= body.length(); i += 8) {
            String piece = body.substring(i, i + 16);
            if (!identity.publicKeyLine().contains(piece)) {
                assertFalse(shown.contains(piece), "private key material shown");
            }
        }
        Files.setPosixFilePermissions(identity.privateKeyFile(), PosixFilePermissions.fromString("rw-r-----"));
        IOException e = assertThrows(IOException.class, () -> SshIdentity.load(identity.privateKeyFile()));
        assertFalse(e.getMessage().contains(body.substring(0, 20)));
    }

    @Test
    void refusesACommentThatWouldBreakTheLine() {
        assertThrows(IllegalArgumentException.class, () -> SshIdentity.loadOrCreate(dir, "psmm at host"));
        assertThrows(IllegalArgumentException.class, () -> SshIdentity.loadOrCreate(dir, "psmm\n@host"));
    }
}
