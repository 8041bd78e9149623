package org.psmm.core.process;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the Windows poll's processes section (WindowsMetricsScript): one line per process, its
 * fields separated by tabs, which Windows allows in neither a user nor an executable's name:
 * pid, CPU seconds, age in seconds (-1: a protected process that hides its start), working set
 * in KiB, session id, user (empty without elevation), name. A process that hides its start is
 * taken as started at boot (the System process and services are), so its age is the uptime.
 * Lines that do not have the shape are skipped, never guessed.
 */
public final class WindowsProcessParser {

    private static final int FIELDS = 7;

    private WindowsProcessParser() {
    }

    public static List<ProcessSample> parse(String text, double uptimeSeconds) {
        List<ProcessSample> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            String[] f = line.split("\t", FIELDS);
            if (f.length < FIELDS || f[6].isBlank()) {
                continue;
            }
            try {
                long age = Long.parseLong(f[2].strip());
                out.add(new ProcessSample(Integer.parseInt(f[0].strip()), f[5].strip(), age < 0 ? (long) uptimeSeconds : age,
                        Long.parseLong(f[1].strip()), Long.parseLong(f[3].strip()), "", "session " + Integer.parseInt(f[4].strip()),
                        f[6].strip()));
            } catch (NumberFormatException e) {
                // not a process line
            }
        }
        return out;
    }
}
