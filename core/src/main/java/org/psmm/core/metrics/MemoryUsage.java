package org.psmm.core.metrics;

/** Memory in KiB from /proc/meminfo; "used" is what applications hold (total minus available). */
public record MemoryUsage(long totalKb, long availableKb, long swapTotalKb, long swapFreeKb) {

    public long usedKb() {
        return totalKb - availableKb;
    }

    public double usedPercent() {
        return totalKb <= 0 ? 0 : 100.0 * usedKb() / totalKb;
    }

    public double swapUsedPercent() {
        return swapTotalKb <= 0 ? 0 : 100.0 * (swapTotalKb - swapFreeKb) / swapTotalKb;
    }
}
