package org.psmm.core.snmp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CounterRateTest {

    @Test
    void aGrowingCounterGivesItsDifferencePerSecond() {
        assertEquals(1000.0, CounterRate.perSecond(1_000L, 301_000L, 300, true, false, 0).getAsDouble(), 1e-9);
    }

    @Test
    void aCounter32ThatWrappedBetweenPollsGivesThePositiveDifference() {
        long before = 4_294_967_000L;
        long after = 704L; // 296 to the wrap, then 704
        assertEquals(1000.0 / 300, CounterRate.perSecond(before, after, 300, false, false, 0).getAsDouble(), 1e-9);
    }

    @Test
    void aCounter64ThatWentBackStartedAgainAndGivesNoRate() {
        assertTrue(CounterRate.perSecond(9_000_000_000L, 12L, 300, true, false, 0).isEmpty());
    }

    @Test
    void aCounter64PastTheSignedRangeIsReadUnsigned() {
        long before = Long.MAX_VALUE - 99;
        long after = Long.MIN_VALUE + 200; // 300 further, as unsigned
        assertEquals(1.0, CounterRate.perSecond(before, after, 300, true, false, 0).getAsDouble(), 1e-9);
    }

    @Test
    void aRestartBetweenReadingsGivesNoRateEvenWhenTheCounterGrew() {
        assertTrue(CounterRate.perSecond(1_000L, 500_000L, 300, true, true, 0).isEmpty());
    }

    @Test
    void aFirstReadingOrAMissingCounterGivesNoRate() {
        assertTrue(CounterRate.perSecond(null, 5L, 300, true, false, 0).isEmpty());
        assertTrue(CounterRate.perSecond(5L, null, 300, true, false, 0).isEmpty());
        assertTrue(CounterRate.perSecond(5L, 6L, 0, true, false, 0).isEmpty());
    }

    @Test
    void aWrapThatWouldMeanMoreThanThePortCanCarryIsACounterResetNotTraffic() {
        // a 1 Mbit/s port counting 295 MB in 5 minutes: its Counter32 was reset, it did not wrap
        double max = CounterRate.maxOctetsPerSecond(1_000_000);
        assertTrue(CounterRate.perSecond(4_000_000_000L, 10L, 300, false, false, max).isEmpty());
        assertEquals(100.0, CounterRate.perSecond(0L, 30_000L, 300, false, false, max).getAsDouble(), 1e-9);
    }

    @Test
    void aGrowingCounterIsTrustedBeyondTheSpeedTheInterfaceClaims() {
        // net-snmp says lo runs at 10 Mbit/s; it carries gigabits
        double max = CounterRate.maxOctetsPerSecond(10_000_000);
        assertEquals(1e8, CounterRate.perSecond(0L, 30_000_000_000L, 300, true, false, max).getAsDouble(), 1e-3);
    }
}
