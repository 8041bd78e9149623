package org.psmm.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportScheduleTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ReportSchedule SEVEN = new ReportSchedule(true, LocalTime.of(7, 0), PARIS);

    @Test
    void yesterdayIsDueFromTheTimeUntilTheDayEndsInTheServersZone() {
        // 05:59 UTC is 06:59 in Paris (winter): not yet.
        assertEquals(Optional.empty(), SEVEN.dueDay(Instant.parse("2026-11-23T05:59:59Z")));
        assertEquals(Optional.of(LocalDate.of(2026, 11, 22)), SEVEN.dueDay(Instant.parse("2026-11-23T06:00:00Z")));
        assertEquals(Optional.of(LocalDate.of(2026, 11, 22)), SEVEN.dueDay(Instant.parse("2026-11-23T22:59:59Z")),
                "a server back at 23:59 still sends that day's report");
        assertEquals(Optional.empty(), SEVEN.dueDay(Instant.parse("2026-11-23T23:00:00Z")), "00:00 in Paris: a new day");
        assertEquals(Optional.empty(), new ReportSchedule(false, LocalTime.of(7, 0), PARIS)
                .dueDay(Instant.parse("2026-11-23T12:00:00Z")), "turned off");
    }

    @Test
    void theNextRunIsTodaysTimeOrTomorrowsAcrossDaylightSaving() {
        assertEquals(Instant.parse("2026-11-23T06:00:00Z"), SEVEN.next(Instant.parse("2026-11-23T01:00:00Z")));
        assertEquals(Instant.parse("2026-11-24T06:00:00Z"), SEVEN.next(Instant.parse("2026-11-23T06:00:00Z")));
        // Summer time starts on 2026-03-29 in Paris: 07:00 is 05:00 UTC that day.
        assertEquals(Instant.parse("2026-03-29T05:00:00Z"), SEVEN.next(Instant.parse("2026-03-28T07:00:00Z")));
        ReportSchedule inTheGap = new ReportSchedule(true, LocalTime.of(2, 30), PARIS);
        assertEquals(Instant.parse("2026-03-29T01:30:00Z"), inTheGap.sendTime(LocalDate.of(2026, 3, 29)),
                "02:30 does not exist that day: 03:30 local");
    }
}
