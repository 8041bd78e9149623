package org.psmm.metrics;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.psmm.core.metrics.CpuTimes;

/**
 * The last /proc/stat reading of each host, kept in memory: a CPU percent is the difference of
 * two readings. After a restart the first poll of each host gives no CPU value, as the very first.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CpuReadings {

    private final Map<Long, CpuTimes> last = new ConcurrentHashMap<>();

    /** Stores the new reading and gives the percent since the previous one, or null. */
    public Double next(long hostId, CpuTimes reading) {
        CpuTimes previous = last.put(hostId, reading);
        var percent = reading.percentSince(previous);
        return percent.isPresent() ? percent.getAsDouble() : null;
    }
}
