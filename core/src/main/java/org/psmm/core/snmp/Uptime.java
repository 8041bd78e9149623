package org.psmm.core.snmp;

import java.time.Duration;
import java.time.Instant;

/**
 * System uptime in TimeTicks (hundredths of a second, unsigned 32-bit): it wraps to 0 after
 * 2^32 ticks, about 497.1 days, without any restart. Between two polls, a smaller value is a
 * restart unless the wall clock says the ticks had just enough time to pass the wrap.
 */
public final class Uptime {

    /** Ticks in a full turn of the counter. */
    public static final long WRAP = 1L << 32;

    /** How far the ticks may stray from the wall clock (agents' clocks drift, polls take time). */
    private static final long SLACK_TICKS = 60 * 100;

    public enum Change {
        /** The first reading, or nothing to compare with. */
        FIRST,
        /** Counting on, wrap or not. */
        CONTINUED,
        /** It went back: the system restarted. */
        RESTARTED
    }

    private Uptime() {
    }

    public static Change compare(Long previousTicks, Instant previousAt, long currentTicks, Instant currentAt) {
        if (previousTicks == null || previousAt == null) {
            return Change.FIRST;
        }
        long elapsedTicks = Math.max(0, Duration.between(previousAt, currentAt).toMillis() / 10);
        if (currentTicks >= previousTicks) {
            // A restart and a climb past the old value within one poll cannot happen in less time
            // than the new uptime itself: if the new uptime is shorter than the time elapsed, the
            // system started again after the previous poll.
            return currentTicks + SLACK_TICKS < elapsedTicks ? Change.RESTARTED : Change.CONTINUED;
        }
        long wrapped = currentTicks + WRAP - previousTicks;
        return Math.abs(wrapped - elapsedTicks) <= SLACK_TICKS + elapsedTicks / 100 ? Change.CONTINUED : Change.RESTARTED;
    }

    /** Ticks as a duration; after a wrap it is the time since the last wrap (the agent cannot say more). */
    public static Duration toDuration(long ticks) {
        return Duration.ofMillis(ticks * 10);
    }
}
