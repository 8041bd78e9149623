package org.psmm.session;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.psmm.core.metrics.HostActivity;
import org.psmm.core.process.TopProcesses;

/**
 * Each host's processes at its previous poll, in memory (as CpuReadings keeps /proc/stat): CPU
 * now is the difference. After a restart, the first poll of a host has no CPU-now column yet.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ProcessReadings {

    /** Rows kept per list. */
    public static final int TOP = 10;

    private final Map<Long, TopProcesses.Snapshot> last = new ConcurrentHashMap<>();

    public TopProcesses.Top next(long hostId, HostActivity a) {
        if (!a.processesRead()) {
            return new TopProcesses.Top(java.util.List.of(), java.util.List.of());
        }
        TopProcesses.Snapshot previous = last.put(hostId, TopProcesses.Snapshot.of(a.processes(), a.uptimeSeconds()));
        return TopProcesses.compute(previous, a.processes(), a.uptimeSeconds(), TOP);
    }
}
