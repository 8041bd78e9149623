package org.psmm.core.metrics;

import java.util.List;

/**
 * Everything one poll read from a host. CPU is raw counters: a percent needs the previous
 * reading ({@link CpuTimes#percentSince(CpuTimes)}).
 */
public record HostMetrics(CpuTimes cpu, MemoryUsage memory, List<DiskUsage> disks, double load1, double load5,
        double load15, double uptimeSeconds, int users, HostActivity activity) {

    public HostMetrics {
        disks = List.copyOf(disks);
        activity = activity == null ? HostActivity.NONE : activity;
    }
}
