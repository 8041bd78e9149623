package org.psmm.core.metrics;

import java.util.OptionalDouble;

/**
 * The aggregate "cpu" line of /proc/stat, in clock ticks since boot. Busy time is everything
 * but idle and iowait; guest time is already counted in user and nice, so it is not added.
 */
public record CpuTimes(long user, long nice, long system, long idle, long iowait, long irq, long softirq, long steal) {

    public long total() {
        return user + nice + system + idle + iowait + irq + softirq + steal;
    }

    public long idleTotal() {
        return idle + iowait;
    }

    /**
     * The CPU use in percent between an earlier reading and this one; empty when there is no
     * earlier reading, no tick elapsed, or a counter went back (the host rebooted in between).
     */
    public OptionalDouble percentSince(CpuTimes earlier) {
        if (earlier == null) {
            return OptionalDouble.empty();
        }
        long total = total() - earlier.total();
        long idleDelta = idleTotal() - earlier.idleTotal();
        if (total <= 0 || idleDelta < 0 || idleDelta > total) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(100.0 * (total - idleDelta) / total);
    }
}
