package org.psmm.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The parsers on what the metrics script printed on this machine and a lab host (see the fixtures' README). */
class MetricsParsersTest {

    private static final String KERNEL = "6.18.44-fc-v669";

    static String fixture(String name) {
        try (InputStream in = MetricsParsersTest.class.getResourceAsStream("/fixtures/metrics/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aWholeAnswerFromALabHost() {
        HostMetrics m = MetricsOutputParser.parse(fixture("lab-web-" + KERNEL + ".txt"));
        assertTrue(m.cpu().total() > 0);
        assertEquals(24_684_084L, m.memory().totalKb());
        double ram = m.memory().usedPercent();
        assertTrue(ram > 0 && ram < 100, "ram " + ram);
        assertEquals(List.of("/"), m.disks().stream().map(DiskUsage::mount).toList(), "tmpfs and devtmpfs are dropped");
        DiskUsage root = m.disks().get(0);
        assertEquals("/dev/vda", root.device());
        assertEquals("ext4", root.type());
        assertEquals(27, Math.ceil(root.usedPercent()), 0.0, "df rounds up: 27%");
        assertTrue(m.load1() > 0);
        assertTrue(m.uptimeSeconds() > 0);
        assertEquals(0, m.users());
    }

    @Test
    void theCpuPercentComesFromTwoReadings() {
        CpuTimes a = MetricsOutputParser.parse(fixture("local-" + KERNEL + "-a.txt")).cpu();
        CpuTimes b = MetricsOutputParser.parse(fixture("local-" + KERNEL + "-b.txt")).cpu();
        assertEquals(178586 + 435 + 30219 + 276653 + 6268 + 0 + 662 + 1559, a.total());
        OptionalDouble percent = b.percentSince(a);
        assertTrue(percent.isPresent());
        long total = b.total() - a.total();
        long idle = (284371 + 6284) - (276653 + 6268);
        assertEquals(100.0 * (total - idle) / total, percent.getAsDouble(), 1e-9);
        assertTrue(percent.getAsDouble() > 0 && percent.getAsDouble() < 100);
    }

    @Test
    void noCpuPercentWithoutAnEarlierReadingOrAfterAReboot() {
        CpuTimes before = new CpuTimes(1000, 0, 500, 8000, 100, 0, 0, 0);
        CpuTimes rebooted = new CpuTimes(10, 0, 5, 80, 1, 0, 0, 0);
        assertFalse(before.percentSince(null).isPresent(), "the first poll gives no CPU value");
        assertFalse(rebooted.percentSince(before).isPresent());
        assertFalse(before.percentSince(before).isPresent(), "no tick elapsed");
        CpuTimes later = new CpuTimes(1100, 0, 600, 8100, 100, 0, 0, 0);
        assertEquals(200.0 / 300 * 100, later.percentSince(before).getAsDouble(), 1e-9);
    }

    @Test
    void oldKernelsWithFewerCpuColumnsAndNoMemAvailable() {
        CpuTimes t = ProcStatParser.parse("cpu  10 20 30 40\ncpu0 10 20 30 40\n");
        assertEquals(100, t.total());
        MemoryUsage m = MemInfoParser.parse("MemTotal: 1000 kB\nMemFree: 100 kB\nBuffers: 50 kB\nCached: 250 kB\n");
        assertEquals(400, m.availableKb());
        assertEquals(60.0, m.usedPercent(), 1e-9);
    }

    @Test
    void dfKeepsRealFileSystemsWholeMountPointsIncluded() {
        List<DiskUsage> disks = DfParser.parse(fixture("df-with-spaces-and-pseudo.txt"));
        assertEquals(List.of("/", "/boot/efi", "/srv/backup disk", "/mnt/share"), disks.stream().map(DiskUsage::mount).toList());
        assertEquals(94, Math.ceil(disks.get(2).usedPercent()), 0.0);
    }

    @Test
    void aCutOrForeignAnswerIsRefusedWithAReason() {
        String whole = fixture("lab-web-" + KERNEL + ".txt");
        String cut = whole.substring(0, whole.indexOf("@@loadavg"));
        assertTrue(assertThrows(MetricsParseException.class, () -> MetricsOutputParser.parse(cut)).getMessage().contains("cut"));
        assertThrows(MetricsParseException.class, () -> MetricsOutputParser.parse("Welcome to host\n"));
        String noMem = whole.replace("MemTotal", "MemTotalX");
        assertTrue(assertThrows(MetricsParseException.class, () -> MetricsOutputParser.parse(noMem)).getMessage().contains("MemTotal"));
    }

    @Test
    void theScriptIsOneConstantCommand() {
        assertEquals(List.of("sh", "-c", MetricsScript.SCRIPT, "psmm-script"), MetricsScript.command().words());
        assertFalse(MetricsScript.command().usesSudo());
    }
}
