package org.psmm.core.metrics;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.psmm.core.process.ProcessSample;
import org.psmm.core.process.WindowsProcessParser;
import org.psmm.core.session.OpenSession;
import org.psmm.core.session.QuserParser;

/**
 * Reads what {@link WindowsMetricsScript} printed. The bytes are in the console's code page
 * (850 on a French Windows, 437 on an English one, 65001 where UTF-8 was chosen): the answer's
 * ASCII header names it, and the rest is decoded with it, so quser's "Déco" arrives as written.
 * Windows has no load average: those are 0.
 */
public final class WindowsMetricsParser {

    static final String MARKER = "psmm-windows 1";

    private WindowsMetricsParser() {
    }

    public static HostMetrics parse(byte[] output) {
        Map<String, String> sections = sections(new String(output, StandardCharsets.ISO_8859_1));
        String cp = sections.getOrDefault("codepage", "").trim();
        if (!cp.isEmpty()) {
            sections = sections(new String(output, codePage(cp)));
        }
        if (!sections.containsKey(MARKER)) {
            throw new MetricsParseException("the answer does not start with PSMM's Windows metrics marker");
        }
        if (!sections.containsKey("end")) {
            throw new MetricsParseException("the answer was cut before its end marker");
        }
        try {
            long[] mem = numbers(required(sections, "memory"), 4);
            double uptime = numbers(required(sections, "uptime"), 1)[0];
            List<OpenSession> sessions = sessions(sections);
            String now = sections.getOrDefault("now", "").trim();
            Long hostNow = now.matches("\\d{1,12}") ? Long.valueOf(now) : null;
            List<ProcessSample> processes = WindowsProcessParser.parse(
                    MetricsOutputParser.unprefixed(new StringBuilder(sections.getOrDefault("processes", ""))), uptime);
            return new HostMetrics(cpu(sections.get("cpu")), new MemoryUsage(mem[0], mem[1], mem[2], mem[3]),
                    disks(sections.getOrDefault("disks", "")), 0, 0, 0, uptime, sessions.size(),
                    new HostActivity(sessions, processes, hostNow, uptime, !processes.isEmpty()));
        } catch (NumberFormatException e) {
            throw new MetricsParseException("memory or uptime is not a number");
        }
    }

    /** quser's sessions; none when quser exited 1 without a line (no one logged on) or is missing. */
    static List<OpenSession> sessions(Map<String, String> sections) {
        String lines = MetricsOutputParser.unprefixed(new StringBuilder(sections.getOrDefault("quser", "")));
        String exit = sections.getOrDefault("quser-exit", "").trim();
        if (!exit.equals("0") && !exit.equals("1")) {
            return List.of(); // quser.exe absent (a Home edition) or did not run
        }
        return QuserParser.parse(lines);
    }

    /**
     * The raw "% Processor Time" of _Total is the idle time in 100 ns units, next to its time
     * stamp: as CPU times, busy = elapsed - idle. A counter that is missing or went back gives
     * no percent ({@link CpuTimes#percentSince}), never a wrong one.
     */
    static CpuTimes cpu(String section) {
        try {
            long[] v = numbers(section == null ? "" : section, 2);
            return new CpuTimes(v[1] - v[0], 0, 0, v[0], 0, 0, 0, 0);
        } catch (NumberFormatException e) {
            return new CpuTimes(0, 0, 0, 0, 0, 0, 0, 0);
        }
    }

    /** "|C: size free NTFS" per fixed disk, sizes in bytes; the drive is its own mount point. */
    static List<DiskUsage> disks(String section) {
        List<DiskUsage> out = new ArrayList<>();
        for (String line : MetricsOutputParser.unprefixed(new StringBuilder(section)).split("\n")) {
            String[] w = line.trim().split("\\s+");
            if (w.length < 3 || !w[0].matches("[A-Za-z]:")) {
                continue;
            }
            try {
                long size = Long.parseLong(w[1]) / 1024;
                long free = Long.parseLong(w[2]) / 1024;
                if (size <= 0) {
                    continue; // a drive without a medium or not ready: PowerShell wrote 0 for its sizes
                }
                out.add(new DiskUsage(w[0], w.length > 3 ? w[3] : "", w[0], size, size - free, free));
            } catch (NumberFormatException e) {
                // a disk without sizes (not ready): skipped, as df skips what it cannot stat
            }
        }
        return out;
    }

    static Charset codePage(String cp) {
        if (cp.equals("65001")) {
            return StandardCharsets.UTF_8;
        }
        for (String name : new String[] {"cp" + cp, "windows-" + cp, "IBM" + cp, "x-IBM" + cp}) {
            try {
                return Charset.forName(name);
            } catch (IllegalArgumentException e) {
                // try the next alias
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static Map<String, String> sections(String text) {
        Map<String, StringBuilder> out = new HashMap<>();
        StringBuilder current = null;
        for (String line : text.replace("\r", "").split("\n", -1)) {
            if (line.startsWith(MetricsScript.MARK)) {
                String name = line.substring(MetricsScript.MARK.length()).trim();
                current = new StringBuilder();
                out.put(name, current);
                if (name.equals("end")) {
                    break;
                }
            } else if (current != null) {
                current.append(line).append('\n');
            }
        }
        Map<String, String> result = new HashMap<>();
        out.forEach((k, v) -> result.put(k, v.toString()));
        return result;
    }

    private static long[] numbers(String section, int count) {
        String[] w = section.trim().split("\\s+");
        if (w.length < count) {
            throw new NumberFormatException("expected " + count + " numbers");
        }
        long[] out = new long[count];
        for (int i = 0; i < count; i++) {
            out[i] = Long.parseLong(w[i]);
        }
        return out;
    }

    private static String required(Map<String, String> sections, String name) {
        String s = sections.get(name);
        if (s == null) {
            throw new MetricsParseException("the answer has no " + name + " section");
        }
        return s;
    }
}
