package org.psmm.core.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HostKeyPinTest {

    // Known vectors: keys made with ssh-keygen, fingerprints as printed by `ssh-keygen -lf`.
    static final String ED25519 =
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAID4c0xezRj7KnUxxZ6NdhF6TJzP4sEbNp2/mFeMG5dO7 vec";
    static final String RSA = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC+sY+e6BJCRAxpcM6KjDtdMZD8jhkStJHsw3iMkSMtnq+81KLy"
            + "/gHOV2zqY8nxRUN8fI+ZCkOa1xXbNdOE9PBhSuly81ErCa+XbPFza9JkAue7r2qxiNGzOBRUXSKD8rBlBKS4FDgEIilb3rOSyC0"
            + "8yS9C5wd/4aC6HHv2HXhGfkcMvxYo/D+hLkcJqWQoVZ1Sh50J6qBmKC5El4bY8KjJOU/m4DeLMuL5E08k4PbdztqpZExWrkHEMbl8"
            + "Flyltg2K0FJVBJIQa3eU4/730xVq4fL+Kh7VzFRnzW0peK+N11MDUw6ETKgkv+xJPT4eC/cX4Gb3GrWNALHbnwW/vSJ3 vecr";

    @Test
    void fingerprintsMatchKnownVectors() {
        HostKeyPin ed = HostKeyPin.parse(ED25519);
        assertEquals("ssh-ed25519", ed.keyType());
        assertEquals("SHA256:2/Zc0X/ZCXVuVWGKLhco8JfGwP4byS5N+iFBHaNlV28", ed.fingerprint());
        HostKeyPin rsa = HostKeyPin.parse(RSA);
        assertEquals("ssh-rsa", rsa.keyType());
        assertEquals("SHA256:w7ikp7l2QPoVXCFirDeoIoj8yXQud5YrtvxlOawBstE", rsa.fingerprint());
        assertEquals("ssh-ed25519 SHA256:2/Zc0X/ZCXVuVWGKLhco8JfGwP4byS5N+iFBHaNlV28", ed.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ed25519", "rsa", "ecdsa"})
    void fingerprintsMatchSshKeygen(String type, @TempDir Path dir) throws Exception {
        Path key = dir.resolve("k");
        run("ssh-keygen", "-q", "-t", type, "-N", "", "-C", "c", "-f", key.toString());
        String pub = Files.readString(dir.resolve("k.pub"));
        String listed = run("ssh-keygen", "-lf", dir.resolve("k.pub").toString());
        // "256 SHA256:xxxx c (ED25519)"
        String expected = listed.split(" ")[1];
        assertTrue(expected.startsWith("SHA256:"), listed);
        HostKeyPin pin = HostKeyPin.parse(pub);
        assertEquals(expected, pin.fingerprint());
        assertEquals(pub.substring(0, pub.lastIndexOf(' ')), pin.toOpenSsh());
    }

    @Test
    void roundTripsAndCompares() {
        HostKeyPin ed = HostKeyPin.parse(ED25519);
        assertEquals(ed, HostKeyPin.parse(ed.toOpenSsh()));
        assertEquals(ed, HostKeyPin.ofBlob(ed.keyBlob()));
        assertTrue(ed.matches(ed.keyBlob()));
        assertFalse(ed.matches(HostKeyPin.parse(RSA).keyBlob()));
        assertFalse(ed.matches(null));
        assertNotEquals(ed, HostKeyPin.parse(RSA));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ssh-ed25519", "ssh-ed25519 !!!notbase64",
        "ssh-rsa AAAAC3NzaC1lZDI1NTE5AAAAID4c0xezRj7KnUxxZ6NdhF6TJzP4sEbNp2/mFeMG5dO7",
        "ssh-ed25519 AAAA", "ssh-ed25519 AAAAAAAA"})
    void refusesWhatIsNotAKey(String text) {
        assertThrows(IllegalArgumentException.class, () -> HostKeyPin.parse(text));
    }

    @Test
    void knownHostsNameUsesBracketsForOtherPorts() {
        assertEquals("127.0.0.11", HostKeyPin.knownHostsName("127.0.0.11", 22));
        assertEquals("[127.0.0.11]:2222", HostKeyPin.knownHostsName("127.0.0.11", 2222));
    }

    static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), () -> String.join(" ", command) + ": " + out);
        return out;
    }
}
