package org.psmm.core.metrics;

/** Reads the aggregate cpu line of /proc/stat (Linux 2.6.33+ has all eight fields used). */
public final class ProcStatParser {

    private ProcStatParser() {
    }

    public static CpuTimes parse(String procStat) {
        for (String line : procStat.split("\n")) {
            if (line.startsWith("cpu ")) {
                String[] f = line.trim().split("\\s+");
                if (f.length < 5) {
                    throw new MetricsParseException("/proc/stat cpu line has " + (f.length - 1) + " fields");
                }
                try {
                    return new CpuTimes(field(f, 1), field(f, 2), field(f, 3), field(f, 4), field(f, 5), field(f, 6),
                            field(f, 7), field(f, 8));
                } catch (NumberFormatException e) {
                    throw new MetricsParseException("/proc/stat cpu line is not numeric");
                }
            }
        }
        throw new MetricsParseException("/proc/stat has no cpu line");
    }

    // Older kernels print fewer columns: the missing ones are zero.
    private static long field(String[] f, int i) {
        return i < f.length ? Long.parseLong(f[i]) : 0;
    }
}
