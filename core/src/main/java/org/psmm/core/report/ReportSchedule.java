package org.psmm.core.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * When the daily report goes: each day at {@code time} in {@code zone}, about the day before.
 * From that time until the day ends the report is due (so a server that was down at 07:00 sends it
 * when it is back that day); whether it already went is the caller's record.
 */
public record ReportSchedule(boolean enabled, LocalTime time, ZoneId zone) {

    /** The day whose report is due at {@code now}, if any: yesterday, once today's time has come. */
    public Optional<LocalDate> dueDay(Instant now) {
        if (!enabled) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.ofInstant(now, zone);
        return now.isBefore(sendTime(today)) ? Optional.empty() : Optional.of(today.minusDays(1));
    }

    /** The next report time strictly after {@code now}. */
    public Instant next(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        Instant t = sendTime(today);
        return now.isBefore(t) ? t : sendTime(today.plusDays(1));
    }

    /** Today's report time; in a DST gap (02:30 on the spring-forward day) the zone moves it forward. */
    public Instant sendTime(LocalDate day) {
        return day.atTime(time).atZone(zone).toInstant();
    }
}
