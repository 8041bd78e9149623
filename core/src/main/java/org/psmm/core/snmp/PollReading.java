package org.psmm.core.snmp;

import java.time.Instant;
import java.util.List;

/**
 * What one poll read: uptimes, each interface's status and counters, processors, storage and
 * net-snmp's memory figures (null where the device has none).
 */
public record PollReading(Instant at, Long sysUpTime, Long hrSystemUptime, List<InterfaceCounters> interfaces,
        List<ProcessorLoad> processors, List<StorageReading> storage, Long memTotalKb, Long memAvailKb) {

    public Long systemUptime() {
        return hrSystemUptime != null ? hrSystemUptime : sysUpTime;
    }

    /** Memory used percent: net-snmp's available memory (cache is free) if given, else hrStorage RAM. */
    public Double memoryPercent() {
        if (memTotalKb != null && memAvailKb != null && memTotalKb > 0) {
            return Math.max(0, Math.min(100.0, (memTotalKb - memAvailKb) * 100.0 / memTotalKb));
        }
        return storage.stream().filter(s -> s.kind() == StorageKind.RAM).map(StorageReading::usedPercent)
                .filter(p -> p != null).findFirst().orElse(null);
    }

    /** The average load of all processors, or null when none answered (an agent that just started). */
    public Double cpuPercent() {
        return processors.isEmpty() ? null : processors.stream().mapToInt(ProcessorLoad::percent).average().getAsDouble();
    }
}
