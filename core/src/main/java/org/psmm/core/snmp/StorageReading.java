package org.psmm.core.snmp;

/**
 * One hrStorage entry. Sizes are counted in allocation units in a 32-bit integer, which big disks
 * overflow: a negative value is read back as unsigned, and bytes are computed in a long.
 */
public record StorageReading(int index, StorageKind kind, String descr, long allocationUnits, long size, long used) {

    public static long unsigned32(long v) {
        return v < 0 ? v + (1L << 32) : v;
    }

    public long sizeBytes() {
        return unsigned32(size) * Math.max(1, allocationUnits);
    }

    public long usedBytes() {
        return unsigned32(used) * Math.max(1, allocationUnits);
    }

    /** Used percent, or null for an entry of size 0 (an empty optical drive). */
    public Double usedPercent() {
        long s = unsigned32(size);
        return s == 0 ? null : Math.min(100.0, unsigned32(used) * 100.0 / s);
    }
}
