package org.psmm.web.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.psmm.failure.HourCount;
import org.psmm.web.console.DashboardState.DayCounts;

/** The dashboard's day tile taken from the chart's hourly counts, in the viewer's zone. */
class DashboardDayCountsTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    private static HourCount at(String utc, String kind, long n) {
        return new HourCount(Instant.parse(utc), "ssh", kind, n);
    }

    @Test
    void parisDaysStartAt23hUtcAndProbesAreCountedApart() {
        Instant from = FailureCharts.dailyFrom(Instant.parse("2026-12-03T10:00:00Z"), PARIS);
        List<HourCount> hours = List.of(
                at("2026-12-01T22:00:00Z", "auth", 100), // the day before yesterday in Paris
                at("2026-12-01T23:00:00Z", "auth", 7),   // yesterday 00:00 in Paris
                at("2026-12-02T22:00:00Z", "auth", 5),   // yesterday 23:00
                at("2026-12-02T23:00:00Z", "auth", 3),   // today 00:00
                at("2026-12-03T09:00:00Z", "auth", 2),
                at("2026-12-03T09:00:00Z", "probe", 40),
                at("2026-12-02T12:00:00Z", "probe", 1000));
        DayCounts c = DayCounts.of(hours, from, TODAY, PARIS).orElseThrow();
        assertEquals(new DayCounts(5, 12, 40), c);
    }

    @Test
    void aZoneWhoseDaysStartOnHalfHoursIsCountedFromTheRowsInstead() {
        ZoneId kolkata = ZoneId.of("Asia/Kolkata");
        Instant from = FailureCharts.dailyFrom(Instant.parse("2026-12-03T10:00:00Z"), kolkata);
        assertTrue(DayCounts.of(List.of(), from, TODAY, kolkata).isEmpty());
    }

    @Test
    void countsThatDoNotReachYesterdayAreNotUsed() {
        assertTrue(DayCounts.of(List.of(), Instant.parse("2026-12-02T12:00:00Z"), TODAY, PARIS).isEmpty());
    }
}
