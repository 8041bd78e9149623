package org.psmm.failure;

import java.io.Serializable;
import java.time.Instant;

/** Failures of one hour (UTC, starting at {@code hour}) of one service and kind: what the charts stack. */
public record HourCount(Instant hour, String service, String kind, long count) implements Serializable {

    public boolean probe() {
        return FailureFilter.PROBE.equals(kind);
    }
}
