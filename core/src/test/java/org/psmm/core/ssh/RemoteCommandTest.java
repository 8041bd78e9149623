package org.psmm.core.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RemoteCommandTest {

    @Test
    void quotesEveryWord() {
        RemoteCommand command = RemoteCommand.of("/usr/bin/tail", "-c", "+100", "/var/log/auth.log");
        assertEquals("LC_ALL=C '/usr/bin/tail' '-c' '+100' '/var/log/auth.log'", command.commandLine());
        assertFalse(command.usesSudo());
    }

    @Test
    void sudoNeverPrompts() {
        RemoteCommand command = RemoteCommand.of("apt-get", "update").withSudo();
        assertEquals("LC_ALL=C sudo -n -- 'apt-get' 'update'", command.commandLine());
        assertTrue(command.usesSudo());
        assertEquals(command, command.withSudo());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ls -l", "rm;id", "$(id)", "`id`", "../bin/x", "bin/x", "-rf", "a|b",
        "/usr/bin/x\n", "/a\0b", " ls"})
    void refusesProgramsThatAreNotAPathOrAName(String program) {
        assertThrows(IllegalArgumentException.class, () -> RemoteCommand.of(program));
    }

    @Test
    void refusesNulInArguments() {
        assertThrows(IllegalArgumentException.class, () -> RemoteCommand.of("cat", "/a\0b"));
        assertThrows(IllegalArgumentException.class, () -> RemoteCommand.script("echo \"$1\"", "\0"));
    }

    @Test
    void hostileArgumentsReachTheProgramUnchanged() throws Exception {
        List<String> arguments = new ArrayList<>(List.of("%s\\0"));
        List<String> hostile = new ArrayList<>(HostileStrings.fixed());
        hostile.addAll(HostileStrings.random(7L, 300));
        arguments.addAll(hostile);
        RemoteCommand command = RemoteCommand.of("printf", arguments);
        assertEquals(hostile, LocalShell.words("/bin/sh", command.commandLine()));
    }

    @Test
    void scriptReceivesItsArgumentsAsPositionalParameters() throws Exception {
        List<String> hostile = HostileStrings.fixed();
        RemoteCommand command = RemoteCommand.script("for a in \"$@\"; do printf '%s\\0' \"$a\"; done",
                hostile.toArray(String[]::new));
        assertEquals(hostile, LocalShell.words("/bin/sh", command.commandLine()));
    }

    @Test
    void summaryIsShortAndOnOneLine() {
        String summary = RemoteCommand.of("cat", "/var/log/a\nb", "x".repeat(500)).summary();
        assertFalse(summary.contains("\n"));
        assertTrue(summary.length() <= 160);
        assertEquals("sh ...", RemoteCommand.script("cat /proc/stat").summary());
    }
}
