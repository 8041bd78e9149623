package org.psmm.core.metrics;

import java.util.HashMap;
import java.util.Map;

/**
 * Reads /proc/meminfo. MemAvailable exists since Linux 3.14; before it, free + buffers + cached
 * is the usual estimate.
 */
public final class MemInfoParser {

    private MemInfoParser() {
    }

    public static MemoryUsage parse(String meminfo) {
        Map<String, Long> kb = new HashMap<>();
        for (String line : meminfo.split("\n")) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String[] value = line.substring(colon + 1).trim().split("\\s+");
            try {
                kb.put(line.substring(0, colon), Long.parseLong(value[0]));
            } catch (NumberFormatException e) {
                // a line PSMM does not use
            }
        }
        Long total = kb.get("MemTotal");
        if (total == null || total <= 0) {
            throw new MetricsParseException("/proc/meminfo has no MemTotal");
        }
        long available = kb.containsKey("MemAvailable") ? kb.get("MemAvailable")
                : kb.getOrDefault("MemFree", 0L) + kb.getOrDefault("Buffers", 0L) + kb.getOrDefault("Cached", 0L);
        return new MemoryUsage(total, Math.min(available, total), kb.getOrDefault("SwapTotal", 0L),
                kb.getOrDefault("SwapFree", 0L));
    }
}
