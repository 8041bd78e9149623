package org.psmm.alert;

import java.time.Instant;
import java.util.List;
import org.psmm.core.metrics.HostMetrics;
import org.psmm.core.process.TopProcesses;
import org.psmm.session.PolicyLogoff;

/**
 * The outcome of polling one host: metrics (with the CPU percent when an earlier reading
 * existed), its top processes and what its idle-session policy did, or why it failed. {@code errorKind} is an SshErrorKind name or BAD_OUTPUT.
 * The metrics poller makes it and records it; it lives here, beside the rules that judge it, so
 * that alerts need nothing from the poller that calls them (no package cycle).
 */
public record HostReading(long hostId, String hostName, Instant at, HostMetrics metrics, Double cpuPercent,
        String errorKind, String error, long millis, TopProcesses.Top top, List<PolicyLogoff> logoffs) {

    /** A host that did not answer (no processes, no log-off). */
    public HostReading(long hostId, String hostName, Instant at, String errorKind, String error, long millis) {
        this(hostId, hostName, at, null, null, errorKind, error, millis, null, List.of());
    }

    public boolean succeeded() {
        return metrics != null;
    }
}
