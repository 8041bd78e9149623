package org.psmm.core.snmp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UptimeTest {

    private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");
    private static final Instant T5 = T0.plus(Duration.ofMinutes(5));

    @Test
    void uptimeThatGrewWithTheClockContinues() {
        assertEquals(Uptime.Change.CONTINUED, Uptime.compare(100_000L, T0, 130_000L, T5));
    }

    @Test
    void uptimeThatWentBackIsARestart() {
        assertEquals(Uptime.Change.RESTARTED, Uptime.compare(8_640_000L, T0, 6_000L, T5));
    }

    @Test
    void theWrapAfter497DaysIsNotARestart() {
        long before = Uptime.WRAP - 10_000; // 100 s before the wrap
        long after = 20_000;                // 200 s after it: 300 s in all
        assertEquals(Uptime.Change.CONTINUED, Uptime.compare(before, T0, after, T5));
    }

    @Test
    void aRestartJustBeforeTheWrapIsStillARestart() {
        long before = Uptime.WRAP - 10_000;
        assertEquals(Uptime.Change.RESTARTED, Uptime.compare(before, T0, 100L, T0.plus(Duration.ofHours(3))));
    }

    @Test
    void anUptimeShorterThanTheTimeSinceThePreviousPollMeansItRestartedInBetween() {
        // polled at 10 min of uptime, then PSMM was away 2 hours; now 30 min of uptime
        assertEquals(Uptime.Change.RESTARTED, Uptime.compare(60_000L, T0, 180_000L, T0.plus(Duration.ofHours(2))));
    }

    @Test
    void theFirstReadingHasNothingToCompareWith() {
        assertEquals(Uptime.Change.FIRST, Uptime.compare(null, null, 5L, T0));
    }

    @Test
    void ticksAreHundredthsOfASecond() {
        assertEquals(Duration.ofSeconds(123, 450_000_000), Uptime.toDuration(12_345));
    }
}
