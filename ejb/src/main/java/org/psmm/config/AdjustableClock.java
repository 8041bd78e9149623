package org.psmm.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The system UTC clock plus an offset that stays zero unless the server was started with
 * PSMM_CLOCK_ADJUSTABLE=true (integration tests only): then an admin may move PSMM's time
 * forward to see what an hour of alerts or a retention period does without waiting for it.
 */
public final class AdjustableClock extends Clock {

    private final boolean adjustable;
    private volatile Duration offset = Duration.ZERO;

    public AdjustableClock(boolean adjustable) {
        this.adjustable = adjustable;
    }

    public boolean isAdjustable() {
        return adjustable;
    }

    public Duration offset() {
        return offset;
    }

    /** @throws IllegalStateException unless the server allows it */
    public void setOffset(Duration offset) {
        if (!adjustable) {
            throw new IllegalStateException("PSMM's clock is not adjustable on this server");
        }
        this.offset = offset;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public long millis() {
        return instant().toEpochMilli();
    }
}
