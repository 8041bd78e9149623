package org.psmm.metrics;

import java.time.Instant;

/** What one poll cycle did, for the API and the log. */
public record PollSummary(Instant startedAt, int hosts, int succeeded, int failed, long millis, int alertsRaised,
        int alertsResolved) {
}
