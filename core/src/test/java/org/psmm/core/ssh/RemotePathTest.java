package org.psmm.core.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RemotePathTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/var/log/auth.log", "/var/log/with space/x.log", "/tmp/'q'",
        "/tmp/$(id)", "/var/log/journal/é.log", "/a//b/../c"})
    void acceptsAbsolutePaths(String path) {
        assertEquals(path, RemotePath.of(path).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "var/log/auth.log", "./auth.log", "../etc/passwd", "~/x", "~monitor/x",
        " /var/log", "$HOME/x", "-rf", "/a\nb", "/a\rb", "/a\0b", "/var/log/auth.log\n"})
    void refusesRelativeAndControlCharacters(String path) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RemotePath.of(path));
        assertFalse(e.getMessage().contains("\n"), "message must stay on one line");
        assertFalse(e.getMessage().contains("\0"));
    }

    @Test
    void refusesNull() {
        assertThrows(IllegalArgumentException.class, () -> RemotePath.of(null));
    }

    @Test
    void valueSemantics() {
        assertEquals(RemotePath.of("/var/log/x"), RemotePath.of("/var/log/x"));
        assertEquals("auth.log", RemotePath.of("/var/log/auth.log").fileName());
        assertTrue(RemotePath.of("/").fileName().isEmpty());
    }
}
