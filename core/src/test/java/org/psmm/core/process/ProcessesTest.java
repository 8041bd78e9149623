package org.psmm.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.psmm.core.metrics.HostActivity;
import org.psmm.core.metrics.MetricsOutputParser;

/** ps as the metrics script printed it on lab-web, twice 5 s apart, with a hostile process name running. */
class ProcessesTest {

    static final String HOSTILE = "<b>'$(id)\"&lt;";

    static HostActivity activity(String name) {
        try (InputStream in = ProcessesTest.class.getResourceAsStream("/fixtures/metrics/" + name)) {
            return MetricsOutputParser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)).activity();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void psLinesKeepTheNameAsWritten() {
        HostActivity a = activity("lab-web-activity-a.txt");
        assertTrue(a.processesRead());
        assertTrue(a.processes().size() > 50, "" + a.processes().size());
        ProcessSample p = a.processes().stream().filter(x -> x.pid() == 6729).findFirst().orElseThrow();
        assertEquals(HOSTILE, p.command());
        assertEquals("nosudo", p.user());
        assertEquals(3, p.elapsedSeconds());
        assertEquals(1, p.cpuSeconds());
        assertEquals(1640, p.rssKb());
        assertEquals("R", p.stat());
        assertEquals("?", p.tty());
    }

    @Test
    void cpuNowIsTheDifferenceOfTwoPolls() {
        HostActivity a = activity("lab-web-activity-a.txt");
        HostActivity b = activity("lab-web-activity-b.txt");
        TopProcesses.Top first = TopProcesses.compute(null, a.processes(), a.uptimeSeconds(), 10);
        assertTrue(first.byCpu().isEmpty(), "no previous poll: no CPU now");
        assertEquals(10, first.byMemory().size());
        assertTrue(first.byMemory().get(0).process().rssKb() >= first.byMemory().get(9).process().rssKb());
        TopProcesses.Top second = TopProcesses.compute(TopProcesses.Snapshot.of(a.processes(), a.uptimeSeconds()),
                b.processes(), b.uptimeSeconds(), 10);
        TopProcesses.Row hostile = second.byCpu().stream().filter(r -> r.process().pid() == 6729).findFirst().orElseThrow();
        double interval = b.uptimeSeconds() - a.uptimeSeconds();
        assertEquals(2 * 100.0 / interval, hostile.cpuPercent(), 0.001, "2 CPU seconds in " + interval + " s");
        assertTrue(second.byCpu().get(0).cpuPercent() >= second.byCpu().get(second.byCpu().size() - 1).cpuPercent());
    }

    @Test
    void aReusedPidIsANewProcess() {
        ProcessSample old = new ProcessSample(100, "u", 1000, 50, 10, "S", "?", "old");
        ProcessSample reused = new ProcessSample(100, "u", 3, 1, 10, "S", "?", "new");
        TopProcesses.Top t = TopProcesses.compute(TopProcesses.Snapshot.of(List.of(old), 500), List.of(reused), 800, 10);
        assertTrue(t.byCpu().isEmpty());
        assertNull(t.byMemory().get(0).cpuPercent());
    }

    @Test
    void oddLinesAreSkipped() {
        assertEquals(List.of(), PsParser.parse("garbage\n12 x y 1 2 S ? z\n"));
        assertEquals("a b  c", PsParser.parse("  7 root 5 0 100 S ? a b  c\n").get(0).command());
    }
}
