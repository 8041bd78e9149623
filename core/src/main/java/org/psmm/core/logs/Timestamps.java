package org.psmm.core.logs;

import java.time.ZoneOffset;

/**
 * Reads the timestamp forms the supported servers write, by hand: fixed positions and digit checks,
 * no regular expression and no exception on a malformed stamp (null instead).
 */
final class Timestamps {

    private Timestamps() {
    }

    /** Syslog (RFC 3164): {@code Mmm dd HH:MM:SS}, the day space-padded, zero-padded or bare. */
    static LineTime syslog(RawLine s, int i) {
        int month = month(s, i);
        if (month < 0 || !at(s, i + 3, ' ')) {
            return null;
        }
        int p = i + 4;
        if (at(s, p, ' ')) {
            p++;
        }
        int day = digit(s, p);
        if (day < 0) {
            return null;
        }
        p++;
        int d2 = digit(s, p);
        if (d2 >= 0) {
            day = day * 10 + d2;
            p++;
        }
        if (!at(s, p, ' ')) {
            return null;
        }
        return clock(s, p + 1, LineTime.NO_YEAR, month, day, false);
    }

    /**
     * ISO 8601 as rsyslog, RFC 5424, MySQL and MariaDB write it: {@code YYYY-MM-DD}, then {@code T},
     * one or two spaces, a one- or two-digit hour, optional fraction ({@code .} or {@code ,}) and an
     * optional offset ({@code Z}, {@code +HH:MM}, {@code +HHMM}).
     */
    static LineTime iso(RawLine s, int i) {
        int year = digits(s, i, 4);
        if (year < 0 || !at(s, i + 4, '-') || !at(s, i + 7, '-')) {
            return null;
        }
        int month = digits(s, i + 5, 2);
        int day = digits(s, i + 8, 2);
        int p = i + 10;
        if (at(s, p, 'T')) {
            p++;
        } else if (at(s, p, ' ')) {
            p++;
            if (at(s, p, ' ')) {
                p++;
            }
        } else {
            return null;
        }
        LineTime t = clock(s, p, year, month, day, true);
        if (t == null) {
            return null;
        }
        p = t.end();
        if (at(s, p, '.') || at(s, p, ',')) {
            int q = p + 1;
            while (digit(s, q) >= 0) {
                q++;
            }
            if (q == p + 1) {
                return null;
            }
            p = q;
        }
        if (at(s, p, 'Z')) {
            return new LineTime(year, month, day, t.hour(), t.minute(), t.second(), ZoneOffset.UTC, p + 1);
        }
        if (at(s, p, '+') || at(s, p, '-')) {
            int sign = s.charAt(p) == '-' ? -1 : 1;
            int hh = digits(s, p + 1, 2);
            int colon = at(s, p + 3, ':') ? 1 : 0;
            int mm = digits(s, p + 3 + colon, 2);
            if (hh < 0 || mm < 0 || hh > 18 || mm > 59) {
                return null;
            }
            return new LineTime(year, month, day, t.hour(), t.minute(), t.second(),
                    ZoneOffset.ofTotalSeconds(sign * (hh * 3600 + mm * 60)), p + 5 + colon);
        }
        return t.withEnd(p);
    }

    /** MySQL before 5.6: {@code YYMMDD HH:MM:SS} or {@code YYMMDD  H:MM:SS}. */
    static LineTime mysqlShort(RawLine s, int i) {
        int yy = digits(s, i, 2);
        int month = digits(s, i + 2, 2);
        int day = digits(s, i + 4, 2);
        if (yy < 0 || month < 0 || day < 0 || !at(s, i + 6, ' ')) {
            return null;
        }
        int p = i + 7;
        if (at(s, p, ' ')) {
            p++;
        }
        return clock(s, p, 2000 + yy, month, day, true);
    }

    /** nginx: {@code YYYY/MM/DD HH:MM:SS}. */
    static LineTime slashed(RawLine s, int i) {
        int year = digits(s, i, 4);
        if (year < 0 || !at(s, i + 4, '/') || !at(s, i + 7, '/') || !at(s, i + 10, ' ')) {
            return null;
        }
        return clock(s, i + 11, year, digits(s, i + 5, 2), digits(s, i + 8, 2), false);
    }

    /**
     * ctime, as vsftpd and Apache write it: {@code Www Mmm dd HH:MM:SS[.uuuuuu] YYYY}, the day
     * space-padded or zero-padded.
     */
    static LineTime ctime(RawLine s, int i) {
        if (!isWeekday(s, i) || !at(s, i + 3, ' ')) {
            return null;
        }
        LineTime t = syslog(s, i + 4);
        if (t == null) {
            return null;
        }
        int p = t.end();
        if (at(s, p, '.')) {
            p++;
            while (digit(s, p) >= 0) {
                p++;
            }
        }
        int year = at(s, p, ' ') ? digits(s, p + 1, 4) : -1;
        if (year < 0) {
            return null;
        }
        return new LineTime(year, t.month(), t.day(), t.hour(), t.minute(), t.second(), null, p + 5);
    }

    /** xrdp: {@code YYYYMMDD-HH:MM:SS}. */
    static LineTime compact(RawLine s, int i) {
        int year = digits(s, i, 4);
        int month = digits(s, i + 4, 2);
        int day = digits(s, i + 6, 2);
        if (year < 0 || month < 0 || day < 0 || !at(s, i + 8, '-')) {
            return null;
        }
        return clock(s, i + 9, year, month, day, false);
    }

    /** {@code HH:MM:SS} (or {@code H:MM:SS} where allowed) at p, with range checks on every field. */
    private static LineTime clock(RawLine s, int p, int year, int month, int day, boolean oneDigitHour) {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        int hour = digits(s, p, 2);
        int q = p + 2;
        if (hour < 0 && oneDigitHour && digit(s, p) >= 0 && at(s, p + 1, ':')) {
            hour = digit(s, p);
            q = p + 1;
        }
        if (hour < 0 || hour > 23 || !at(s, q, ':') || !at(s, q + 3, ':')) {
            return null;
        }
        int minute = digits(s, q + 1, 2);
        int second = digits(s, q + 4, 2);
        if (minute < 0 || minute > 59 || second < 0 || second > 60) {
            return null;
        }
        // A leap second is written :60; java.time has none, the next second is as good.
        return new LineTime(year, month, day, hour, minute, Math.min(second, 59), null, q + 6);
    }

    static boolean at(RawLine s, int i, char c) {
        return s.at(i) == c;
    }

    static int digit(RawLine s, int i) {
        int d = s.at(i) - '0';
        return d >= 0 && d <= 9 ? d : -1;
    }

    /** The value of exactly n decimal digits at i, or -1. */
    static int digits(RawLine s, int i, int n) {
        if (i < 0 || i + n > s.length()) {
            return -1;
        }
        int v = 0;
        for (int k = i; k < i + n; k++) {
            int d = s.charAt(k) - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    /** 1..12 for an English month abbreviation at i, or -1. */
    static int month(RawLine s, int i) {
        if (i < 0 || i + 3 > s.length()) {
            return -1;
        }
        if ((s.charAt(i) | s.charAt(i + 1) | s.charAt(i + 2)) > 0x7f) {
            return -1;
        }
        switch (s.charAt(i) << 16 | s.charAt(i + 1) << 8 | s.charAt(i + 2)) {
            case 'J' << 16 | 'a' << 8 | 'n': return 1;
            case 'F' << 16 | 'e' << 8 | 'b': return 2;
            case 'M' << 16 | 'a' << 8 | 'r': return 3;
            case 'A' << 16 | 'p' << 8 | 'r': return 4;
            case 'M' << 16 | 'a' << 8 | 'y': return 5;
            case 'J' << 16 | 'u' << 8 | 'n': return 6;
            case 'J' << 16 | 'u' << 8 | 'l': return 7;
            case 'A' << 16 | 'u' << 8 | 'g': return 8;
            case 'S' << 16 | 'e' << 8 | 'p': return 9;
            case 'O' << 16 | 'c' << 8 | 't': return 10;
            case 'N' << 16 | 'o' << 8 | 'v': return 11;
            case 'D' << 16 | 'e' << 8 | 'c': return 12;
            default: return -1;
        }
    }

    private static boolean isWeekday(RawLine s, int i) {
        if (i < 0 || i + 3 > s.length()) {
            return false;
        }
        if ((s.charAt(i) | s.charAt(i + 1) | s.charAt(i + 2)) > 0x7f) {
            return false;
        }
        switch (s.charAt(i) << 16 | s.charAt(i + 1) << 8 | s.charAt(i + 2)) {
            case 'M' << 16 | 'o' << 8 | 'n':
            case 'T' << 16 | 'u' << 8 | 'e':
            case 'W' << 16 | 'e' << 8 | 'd':
            case 'T' << 16 | 'h' << 8 | 'u':
            case 'F' << 16 | 'r' << 8 | 'i':
            case 'S' << 16 | 'a' << 8 | 't':
            case 'S' << 16 | 'u' << 8 | 'n':
                return true;
            default:
                return false;
        }
    }
}
