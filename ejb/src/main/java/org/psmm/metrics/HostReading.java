package org.psmm.metrics;

import java.time.Instant;
import org.psmm.core.metrics.HostMetrics;

/**
 * The outcome of polling one host: metrics (with the CPU percent when an earlier reading
 * existed) or why it failed. {@code errorKind} is an SshErrorKind name or BAD_OUTPUT.
 */
public record HostReading(long hostId, String hostName, Instant at, HostMetrics metrics, Double cpuPercent,
        String errorKind, String error, long millis) {

    public boolean succeeded() {
        return metrics != null;
    }
}
