package org.psmm.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RollupSpanTest {

    @Test
    void aWeekInAZoneEastOfUtcIsItsWholeDaysAndTwoPartialEnds() {
        // Paris, 25 Nov 00:00 to 2 Dec 00:00: 24 Nov 23:00 UTC to 1 Dec 23:00 UTC.
        RollupSpan span = RollupSpan.of(Instant.parse("2026-11-24T23:00:00Z"), Instant.parse("2026-12-01T23:00:00Z"));
        assertTrue(span.hasWholeDays());
        assertEquals(LocalDate.parse("2026-11-25"), span.firstDay());
        assertEquals(LocalDate.parse("2026-12-01"), span.endDay(), "1 Dec is not whole: its last hour is outside");
        assertEquals(Instant.parse("2026-11-25T00:00:00Z"), span.wholeFrom());
        assertEquals(Instant.parse("2026-12-01T00:00:00Z"), span.wholeTo());
    }

    @Test
    void aRangeOnUtcMidnightsIsAllWholeDays() {
        RollupSpan span = RollupSpan.of(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z"));
        assertEquals(LocalDate.parse("2026-11-01"), span.firstDay());
        assertEquals(LocalDate.parse("2026-12-01"), span.endDay());
        assertEquals(span.from(), span.wholeFrom(), "no partial day at the start");
        assertEquals(span.to(), span.wholeTo(), "nor at the end");
    }

    @Test
    void aRangeWithoutAWholeDayIsReadFromTheRowsAlone() {
        Instant from = Instant.parse("2026-12-01T10:00:00Z");
        Instant to = Instant.parse("2026-12-02T09:00:00Z");
        RollupSpan span = RollupSpan.of(from, to);
        assertFalse(span.hasWholeDays());
        assertEquals(span.firstDay(), span.endDay(), "no day from the rollups");
        assertEquals(to, span.wholeFrom(), "the first end is the whole range");
        assertEquals(to, span.wholeTo(), "the second end is empty");
    }

    @Test
    void aRangeEndingAfterNowReadsTodayFromItsRollup() {
        Instant now = Instant.parse("2026-12-03T10:15:00Z");
        RollupSpan week = RollupSpan.of(now.minusSeconds(7 * 86400), now.plusSeconds(1), now);
        assertEquals(LocalDate.parse("2026-12-04"), week.endDay(), "today is a whole day: nothing is stored after now");
        assertEquals(week.to(), week.wholeTo(), "no rows read at the end");
        assertEquals(Instant.parse("2026-11-27T00:00:00Z"), week.wholeFrom(), "the start's partial day is still read from the rows");

        Instant past = Instant.parse("2026-12-03T09:00:00Z");
        assertEquals(past, RollupSpan.of(now.minusSeconds(7 * 86400), past, now).to(), "a range ending before now is kept");
        Instant later = Instant.parse("2026-12-06T00:00:00Z");
        assertEquals(later, RollupSpan.of(now.minusSeconds(7 * 86400), later, now).to(), "an end beyond tomorrow is kept");
    }
}
