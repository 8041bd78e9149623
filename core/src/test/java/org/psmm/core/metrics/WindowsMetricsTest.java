package org.psmm.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.psmm.core.session.OpenSession;
import org.psmm.core.ssh.RemoteCommand;

/** The Windows poll: its command line, and its answer in the console's code page (fixtures: no Windows host here). */
class WindowsMetricsTest {

    /** A fixture without its "#" note, with Windows' line ends, in the code page it names. */
    static byte[] fixture(String name, String charset) {
        try (InputStream in = WindowsMetricsTest.class.getResourceAsStream("/fixtures/metrics/" + name)) {
            StringBuilder out = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#")) {
                    out.append(line).append("\r\n");
                }
            }
            return out.toString().getBytes(Charset.forName(charset));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theCommandIsTheSameForCmdAndPowerShellAndCarriesTheConstantScript() {
        RemoteCommand c = WindowsMetricsScript.command();
        List<String> w = c.words();
        assertEquals(List.of("powershell", "-NoProfile", "-NonInteractive", "-EncodedCommand"), w.subList(0, 4));
        assertEquals(WindowsMetricsScript.SCRIPT,
                new String(Base64.getDecoder().decode(w.get(4)), StandardCharsets.UTF_16LE));
        // plain words joined by blanks: no LC_ALL=, no quotes, nothing cmd.exe or PowerShell would read differently
        assertEquals(String.join(" ", w), c.commandLine());
        assertTrue(c.commandLine().matches("[A-Za-z0-9+/=. -]+"), c.commandLine());
        assertTrue(c.commandLine().length() < 8191, "cmd.exe's longest command line");
        assertFalse(c.usesSudo());
        assertThrows(IllegalStateException.class, c::withSudo);
        assertEquals("powershell ...", c.summary());
    }

    @Test
    void windowsCommandsRefuseAnyWordAShellCouldRead() {
        for (String bad : new String[] {"a b", "a&b", "a|b", "%PATH%", "$env:x", "a;b", "`a", "\"a\"", "a'b", "(a)", "a^b", "",
                "a\nb", "a>b", "-a=b"}) {
            assertThrows(IllegalArgumentException.class, () -> RemoteCommand.windows("logoff", bad), bad);
        }
        assertEquals("logoff 12", RemoteCommand.windows("logoff", "12").commandLine());
    }

    @Test
    void aFrenchWindowsInCodePage850() {
        HostMetrics m = WindowsMetricsParser.parse(fixture("windows-fr.txt", "IBM850"));
        assertEquals(16776756, m.memory().totalKb());
        assertEquals(6291456, m.memory().availableKb());
        assertEquals(62.5, Math.round(m.memory().usedPercent() * 10) / 10.0);
        assertEquals(356521, m.uptimeSeconds());
        assertEquals(2, m.disks().size(), "E: (no medium) is skipped");
        DiskUsage c = m.disks().get(0);
        assertEquals("C:", c.mount());
        assertEquals("NTFS", c.type());
        assertEquals(70.0, Math.round(c.usedPercent() * 10) / 10.0);
        assertEquals("ReFS", m.disks().get(1).type());
        List<OpenSession> s = m.activity().sessions();
        assertEquals(List.of("administrateur", "mmartin", "@@end"), s.stream().map(OpenSession::user).toList(),
                "a user named like a marker is only a user");
        assertEquals(OpenSession.State.DISCONNECTED, s.get(1).state(), "Déco decoded from code page 850");
        assertEquals("4", s.get(1).session());
        assertEquals(65 * 60L, s.get(1).idleSeconds());
        assertEquals(3, m.users());
        assertEquals(1796223913L, m.activity().hostEpochSeconds());
        assertFalse(m.activity().processesRead());
        assertEquals(0, m.load1());
    }

    @Test
    void noOneLoggedOnIsAnEmptyListAndTwoPollsGiveTheCpu() {
        HostMetrics first = WindowsMetricsParser.parse(fixture("windows-fr.txt", "IBM850"));
        HostMetrics m = WindowsMetricsParser.parse(fixture("windows-en-nobody.txt", "IBM437"));
        assertEquals(List.of(), m.activity().sessions(), "quser exited 1: nobody, not an error");
        assertEquals(0, m.users());
        assertEquals(0.0, m.memory().swapUsedPercent());
        assertEquals(25.0, m.cpu().percentSince(first.cpu()).getAsDouble(), 1e-9);
        assertTrue(first.cpu().percentSince(m.cpu()).isEmpty(), "a counter that went back gives no percent");
    }

    @Test
    void aCutOrForeignAnswerIsRefused() {
        byte[] whole = fixture("windows-fr.txt", "IBM850");
        String text = new String(whole, Charset.forName("IBM850"));
        byte[] cut = text.substring(0, text.indexOf("@@quser-exit")).getBytes(Charset.forName("IBM850"));
        assertThrows(MetricsParseException.class, () -> WindowsMetricsParser.parse(cut));
        assertThrows(MetricsParseException.class,
                () -> WindowsMetricsParser.parse("'powershell' is not recognized\r\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(StandardCharsets.UTF_8, WindowsMetricsParser.codePage("65001"));
        assertEquals(Charset.forName("IBM850"), WindowsMetricsParser.codePage("850"));
        assertEquals(Charset.forName("windows-1252"), WindowsMetricsParser.codePage("1252"));
    }
}
