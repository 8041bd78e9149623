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
import org.psmm.core.process.ProcessSample;
import org.psmm.core.process.TopProcesses;
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
        assertEquals(0, m.load1());
        List<ProcessSample> p = m.activity().processes();
        assertTrue(m.activity().processesRead());
        assertEquals(List.of("System", "MsMpEng", "powershell", "@@end & évil"), p.stream().map(ProcessSample::command).toList(),
                "a name like a marker is only a name; the line that is not a process is skipped");
        assertEquals("AUTORITE NT\\Système", p.get(0).user(), "a user with a blank and an accent, decoded from code page 850");
        assertEquals(356521, p.get(0).elapsedSeconds(), "a process that hides its start is as old as the host's uptime");
        assertEquals(254320, p.get(1).rssKb());
        assertEquals(42, p.get(2).cpuSeconds());
        assertEquals("session 2", p.get(2).tty());
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
        assertEquals(List.of("", "", "", ""), m.activity().processes().stream().map(ProcessSample::user).toList(),
                "without elevation Get-Process names no user");
    }

    @Test
    void twoPollsGiveTheTopProcessesByCpuNow() {
        HostMetrics first = WindowsMetricsParser.parse(fixture("windows-fr.txt", "IBM850"));
        HostMetrics second = WindowsMetricsParser.parse(fixture("windows-en-nobody.txt", "IBM437"));
        TopProcesses.Top top = TopProcesses.compute(
                TopProcesses.Snapshot.of(first.activity().processes(), first.uptimeSeconds()),
                second.activity().processes(), second.uptimeSeconds(), 10);
        // 300 s apart: MsMpEng used 150 s of CPU, the marker-named one 90 s, System 60 s; pid 5312
        // is a new process (20 s old), so it has no CPU-now value.
        assertEquals(List.of("MsMpEng", "@@end & évil", "System"),
                top.byCpu().stream().map(r -> r.process().command()).toList());
        assertEquals(50.0, top.byCpu().get(0).cpuPercent(), 1e-9);
        assertEquals(30.0, top.byCpu().get(1).cpuPercent(), 1e-9);
        assertEquals("MsMpEng", top.byMemory().get(0).process().command());
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
