package org.psmm.failure;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * How a range [from, to) is read with the per-day rollups: its whole UTC days from auth_failure_day,
 * the parts at its ends (a range in the server's zone seldom starts at UTC midnight) from the rows.
 * A range without a whole day is read from the rows alone: its days are empty and its first end is
 * the whole range.
 */
record RollupSpan(Instant from, Instant to, LocalDate firstDay, LocalDate endDay) {

    /**
     * As {@link #of(Instant, Instant)} for a range that may end after {@code now}: no row exists
     * after now, so such an end is moved to the next UTC midnight, and today is read from its
     * rollup (kept as the rows arrive) instead of a day's worth of rows (the dashboard's "last
     * 7 days": 43 ms of rows at 1 M failures a month, bench/console-pages).
     */
    static RollupSpan of(Instant from, Instant to, Instant now) {
        Instant nextMidnight = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        return of(from, !to.isBefore(now) && to.isBefore(nextMidnight) ? nextMidnight : to);
    }

    static RollupSpan of(Instant from, Instant to) {
        LocalDate firstDay = LocalDate.ofInstant(from, ZoneOffset.UTC);
        if (!firstDay.atStartOfDay().toInstant(ZoneOffset.UTC).equals(from)) {
            firstDay = firstDay.plusDays(1);
        }
        LocalDate endDay = LocalDate.ofInstant(to, ZoneOffset.UTC);
        if (!endDay.isAfter(firstDay)) {
            LocalDate none = LocalDate.ofInstant(from, ZoneOffset.UTC);
            return new RollupSpan(from, to, none, none);
        }
        return new RollupSpan(from, to, firstDay, endDay);
    }

    boolean hasWholeDays() {
        return endDay.isAfter(firstDay);
    }

    /** Where the whole days start; with none, the range's end (the rows' first part is all of it). */
    Instant wholeFrom() {
        return hasWholeDays() ? firstDay.atStartOfDay().toInstant(ZoneOffset.UTC) : to;
    }

    /** Where the whole days end; with none, the range's end (the rows' second part is empty). */
    Instant wholeTo() {
        return hasWholeDays() ? endDay.atStartOfDay().toInstant(ZoneOffset.UTC) : to;
    }

    /** The rows' condition for the two ends; binds four times, by {@link #bindEnds}. */
    static final String ENDS = "((occurred_at >= ? AND occurred_at < ?) OR (occurred_at >= ? AND occurred_at < ?))";

    /** Binds {@link #ENDS} from parameter {@code i}; returns the next parameter's index. */
    int bindEnds(java.sql.PreparedStatement ps, int i) throws java.sql.SQLException {
        ps.setObject(i++, FailureFilter.utc(from));
        ps.setObject(i++, FailureFilter.utc(wholeFrom()));
        ps.setObject(i++, FailureFilter.utc(wholeTo()));
        ps.setObject(i++, FailureFilter.utc(to));
        return i;
    }

    /** Binds "day >= ? AND day < ?" from parameter {@code i}; returns the next parameter's index. */
    int bindDays(java.sql.PreparedStatement ps, int i) throws java.sql.SQLException {
        ps.setObject(i++, firstDay);
        ps.setObject(i++, endDay);
        return i;
    }
}
