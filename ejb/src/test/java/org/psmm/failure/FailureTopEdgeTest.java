package org.psmm.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which rows a top list reads at the range's ends: the shorter part of each part day. */
class FailureTopEdgeTest {

    private static List<FailureTop.Edge> edges(String from, String to) {
        return FailureTop.Edge.of(RollupSpan.of(Instant.parse(from), Instant.parse(to)));
    }

    @Test
    void aRangeOfWholeDaysReadsNoRows() {
        assertEquals(List.of(), edges("2026-11-01T00:00:00Z", "2026-12-01T00:00:00Z"));
    }

    @Test
    void aRangeFromOneInTheMorningReadsTheHourBeforeItAndTakesTheRestOfThatDayFromItsRollup() {
        assertEquals(List.of(new FailureTop.Edge(LocalDate.parse("2026-11-01"),
                        Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-11-01T01:00:00Z"), false)),
                edges("2026-11-01T01:00:00Z", "2026-12-01T00:00:00Z"));
    }

    @Test
    void aRangeFromElevenAtNightReadsItsLastHourOfThatDay() {
        assertEquals(List.of(new FailureTop.Edge(LocalDate.parse("2026-10-31"),
                        Instant.parse("2026-10-31T23:00:00Z"), Instant.parse("2026-11-01T00:00:00Z"), true)),
                edges("2026-10-31T23:00:00Z", "2026-12-01T00:00:00Z"));
    }

    @Test
    void eachEndReadsItsOwnShorterPart() {
        assertEquals(List.of(
                        new FailureTop.Edge(LocalDate.parse("2026-11-01"),
                                Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-11-01T06:00:00Z"), false),
                        new FailureTop.Edge(LocalDate.parse("2026-12-01"),
                                Instant.parse("2026-12-01T00:00:00Z"), Instant.parse("2026-12-01T02:30:00Z"), true)),
                edges("2026-11-01T06:00:00Z", "2026-12-01T02:30:00Z"));
        assertEquals(List.of(new FailureTop.Edge(LocalDate.parse("2026-12-01"),
                        Instant.parse("2026-12-01T20:00:00Z"), Instant.parse("2026-12-02T00:00:00Z"), false)),
                edges("2026-11-01T00:00:00Z", "2026-12-01T20:00:00Z"));
    }
}
