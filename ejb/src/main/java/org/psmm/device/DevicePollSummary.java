package org.psmm.device;

import java.time.Instant;

/** What one poll (or discovery) of all devices did, for the API and the log. */
public record DevicePollSummary(Instant startedAt, int devices, int answered, int failed, long millis, int alertsRaised,
        int alertsResolved) {
}
