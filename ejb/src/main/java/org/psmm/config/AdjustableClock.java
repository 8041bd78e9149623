package org.psmm.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The system clock in the server's zone plus an offset that stays zero unless the server was started with
 * PSMM_CLOCK_ADJUSTABLE=true (integration tests only): then an admin may move PSMM's time
 * forward to see what an hour of alerts or a retention period does without waiting for it.
 * Its zone is the one PSMM reads days in and shows times in: take it from here
 * ({@code clock.getZone()}), never from ZoneId.systemDefault(), so pages, reports and tests agree.
 */
public final class AdjustableClock extends Clock {

    private final boolean adjustable;
    private final ZoneId zone;
    private volatile Duration offset = Duration.ZERO;

    public AdjustableClock(boolean adjustable, ZoneId zone) {
        this.adjustable = adjustable;
        this.zone = zone;
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
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return Clock.offset(Clock.system(other), offset);
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
