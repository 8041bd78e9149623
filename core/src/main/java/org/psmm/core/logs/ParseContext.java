package org.psmm.core.logs;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * What a parser needs to know besides the line: the zone of the host that wrote the log, the clock
 * ("now", for year-less syslog stamps) and, optionally, a fixed year for those stamps.
 *
 * @param zone      the host's time zone: the zone its local timestamps are written in
 * @param clock     "now"; tests inject a fixed clock
 * @param fixedYear the year to give year-less timestamps, or null to infer it from the clock
 */
public record ParseContext(ZoneId zone, Clock clock, Integer fixedYear) {

    /**
     * A year-less stamp up to this far after "now" still counts as this year: the host's clock may be
     * ahead of ours, and a DST fall-back repeats an hour of wall-clock time.
     */
    private static final long FUTURE_TOLERANCE_SECONDS = 2 * 3600;

    public ParseContext {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(clock, "clock");
    }

    public static ParseContext of(ZoneId zone, Clock clock) {
        return new ParseContext(zone, clock, null);
    }

    public ParseContext withFixedYear(int year) {
        return new ParseContext(zone, clock, year);
    }

    /**
     * The local time in the host's zone, or null where the stamp is not a real date (Feb 30, a Feb 29
     * in a year that has none, ...). A stamp with its own offset is converted to the host's zone; a
     * year-less stamp gets the year that puts it closest before now (or {@link #fixedYear}).
     */
    LocalDateTime localTime(LineTime t) {
        try {
            if (t.offset() != null) {
                Instant at = LocalDateTime.of(t.year(), t.month(), t.day(), t.hour(), t.minute(), t.second())
                        .toInstant(t.offset());
                return LocalDateTime.ofInstant(at, zone);
            }
            if (t.year() != LineTime.NO_YEAR) {
                return LocalDateTime.of(t.year(), t.month(), t.day(), t.hour(), t.minute(), t.second());
            }
            if (fixedYear != null) {
                return LocalDateTime.of(fixedYear, t.month(), t.day(), t.hour(), t.minute(), t.second());
            }
            return inferYear(t);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private LocalDateTime inferYear(LineTime t) {
        LocalDateTime latest = LocalDateTime.ofInstant(clock.instant(), zone).plusSeconds(FUTURE_TOLERANCE_SECONDS);
        // Going back up to 8 years finds a leap year for a Feb 29 stamp.
        for (int year = latest.getYear(), tries = 0; tries < 8; year--, tries++) {
            if (t.month() == 2 && t.day() == 29 && !Year.isLeap(year)) {
                continue;
            }
            LocalDateTime candidate = LocalDateTime.of(year, t.month(), t.day(), t.hour(), t.minute(), t.second());
            if (!candidate.isAfter(latest)) {
                return candidate;
            }
        }
        return null;
    }

    /** The UTC instant of a local time of this host (the earlier one in a DST overlap). */
    Instant instant(LocalDateTime local) {
        return local.atZone(zone).toInstant();
    }

    /**
     * Builds the failure; empty where the line's timestamp is not a real date. A null {@code time}
     * (the line has no timestamp, as {@code sshd -E} writes) gives a failure without time.
     */
    Optional<ParsedFailure> failure(LogFormat format, FailureKind kind, String user, String ip, LineTime time) {
        if (time == null) {
            return Optional.of(new ParsedFailure(format, kind, user, ip, null, null));
        }
        LocalDateTime local = localTime(time);
        if (local == null) {
            return Optional.empty();
        }
        return Optional.of(new ParsedFailure(format, kind, user, ip, local, instant(local)));
    }
}
