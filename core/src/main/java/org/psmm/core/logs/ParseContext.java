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
 * ("now", for year-less syslog stamps) and, optionally, a fixed year for those stamps. Immutable as
 * far as its users can tell, and safe to share between threads; it remembers the last stamp it
 * resolved, because log lines come in bursts that share their second.
 */
public final class ParseContext {

    /**
     * A year-less stamp up to this far after "now" still counts as this year: the host's clock may be
     * ahead of ours, and a DST fall-back repeats an hour of wall-clock time.
     */
    private static final long FUTURE_TOLERANCE_SECONDS = 2 * 3600;

    private final ZoneId zone;
    private final Clock clock;
    private final Integer fixedYear;

    /** The last stamp resolved and "now" as last read; replaced whole, never mutated. */
    private volatile Resolved last;
    private volatile Latest latest;

    private record Resolved(LineTime stamp, Latest latest, LocalDateTime local, Instant instant) {
    }

    private record Latest(long nowSecond, LocalDateTime latestLocal) {
    }

    private ParseContext(ZoneId zone, Clock clock, Integer fixedYear) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.fixedYear = fixedYear;
    }

    /**
     * @param zone  the host's time zone: the zone its local timestamps are written in
     * @param clock "now"; tests inject a fixed clock
     */
    public static ParseContext of(ZoneId zone, Clock clock) {
        return new ParseContext(zone, clock, null);
    }

    /** The same context, giving year-less timestamps this year instead of inferring it. */
    public ParseContext withFixedYear(int year) {
        return new ParseContext(zone, clock, year);
    }

    public ZoneId zone() {
        return zone;
    }

    public Clock clock() {
        return clock;
    }

    /** The year given to year-less timestamps, or null where it is inferred from the clock. */
    public Integer fixedYear() {
        return fixedYear;
    }

    /**
     * Builds the failure; empty where the line's timestamp is not a real date. A null {@code time}
     * (the line has no timestamp, as {@code sshd -E} writes) gives a failure without time.
     */
    Optional<ParsedFailure> failure(LogFormat format, FailureKind kind, String user, String ip, LineTime time) {
        return failure(format, format.service(), kind, user, ip, time);
    }

    /** As {@link #failure(LogFormat, FailureKind, String, String, LineTime)}, for another service than the format's. */
    Optional<ParsedFailure> failure(LogFormat format, String service, FailureKind kind, String user, String ip,
                                    LineTime time) {
        if (time == null) {
            return Optional.of(new ParsedFailure(format, kind, user, ip, null, null, service, false));
        }
        Resolved r = resolve(time);
        if (r == null) {
            return Optional.empty();
        }
        return Optional.of(new ParsedFailure(format, kind, user, ip, r.local(), r.instant(), service, false));
    }

    /**
     * The local time in the host's zone, or null where the stamp is not a real date (Feb 30, a Feb 29
     * in a year that has none, ...). A stamp with its own offset is converted to the host's zone; a
     * year-less stamp gets the year that puts it closest before now (or {@link #fixedYear}).
     */
    LocalDateTime localTime(LineTime t) {
        Resolved r = resolve(t);
        return r == null ? null : r.local();
    }

    private Resolved resolve(LineTime t) {
        Latest now = t.year() == LineTime.NO_YEAR && fixedYear == null ? latest() : null;
        Resolved r = last;
        if (r != null && r.latest() == now && sameStamp(r.stamp(), t)) {
            return r;
        }
        LocalDateTime local = compute(t, now);
        if (local == null) {
            return null;
        }
        Instant instant = t.offset() != null
                ? LocalDateTime.of(t.year(), t.month(), t.day(), t.hour(), t.minute(), t.second()).toInstant(t.offset())
                : local.atZone(zone).toInstant();
        r = new Resolved(t, now, local, instant);
        last = r;
        return r;
    }

    private static boolean sameStamp(LineTime a, LineTime b) {
        return a.second() == b.second() && a.minute() == b.minute() && a.hour() == b.hour() && a.day() == b.day()
                && a.month() == b.month() && a.year() == b.year() && Objects.equals(a.offset(), b.offset());
    }

    /** "Now" plus the tolerance, in the host's zone, recomputed when the clock's second changes. */
    private Latest latest() {
        long second = clock.instant().getEpochSecond();
        Latest l = latest;
        if (l == null || l.nowSecond() != second) {
            l = new Latest(second, LocalDateTime.ofEpochSecond(second, 0, zone.getRules().getOffset(Instant.ofEpochSecond(second)))
                    .plusSeconds(FUTURE_TOLERANCE_SECONDS));
            latest = l;
        }
        return l;
    }

    private LocalDateTime compute(LineTime t, Latest now) {
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
            return inferYear(t, now.latestLocal());
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDateTime inferYear(LineTime t, LocalDateTime latest) {
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

    @Override
    public String toString() {
        return "ParseContext[zone=" + zone + ", clock=" + clock + ", fixedYear=" + fixedYear + "]";
    }
}
