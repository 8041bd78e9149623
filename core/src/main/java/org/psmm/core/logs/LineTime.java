package org.psmm.core.logs;

import java.time.ZoneOffset;

/**
 * A timestamp as a log line writes it, before the host's zone and the year are applied.
 *
 * @param year   the year, or {@link #NO_YEAR} for syslog's year-less stamps
 * @param offset the UTC offset the line states, or null (the usual case: local time of the host)
 * @param end    index in the line just after the timestamp
 */
record LineTime(int year, int month, int day, int hour, int minute, int second, ZoneOffset offset, int end) {

    static final int NO_YEAR = -1;

    LineTime withEnd(int newEnd) {
        return new LineTime(year, month, day, hour, minute, second, offset, newEnd);
    }
}
