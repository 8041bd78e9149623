package org.psmm.core.metrics;

/**
 * One mounted file system from df -P -T -k. The percent is df's own: used over what
 * non-root users can have (used + available), so reserved blocks count as full.
 */
public record DiskUsage(String device, String type, String mount, long sizeKb, long usedKb, long availableKb) {

    public double usedPercent() {
        long usable = usedKb + availableKb;
        return usable <= 0 ? 0 : 100.0 * usedKb / usable;
    }
}
