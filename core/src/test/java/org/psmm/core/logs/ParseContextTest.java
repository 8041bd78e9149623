package org.psmm.core.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class ParseContextTest {

    private static LocalDateTime yearless(String now, ZoneId zone, int month, int day, int h, int m, int s) {
        ParseContext ctx = ParseContext.of(zone, Clock.fixed(Instant.parse(now), ZoneOffset.UTC));
        return ctx.localTime(new LineTime(LineTime.NO_YEAR, month, day, h, m, s, null, 0));
    }

    @Test
    void yearlessStampGetsTheYearThatPutsItClosestBeforeNow() {
        assertEquals(LocalDateTime.of(2026, 11, 23, 9, 0), yearless("2026-11-23T12:00:00Z", ZoneOffset.UTC, 11, 23, 9, 0, 0));
        // Read in January, a December line is last year's.
        assertEquals(LocalDateTime.of(2025, 12, 31, 23, 59, 59), yearless("2026-01-01T00:00:05Z", ZoneOffset.UTC, 12, 31, 23, 59, 59));
        // A line a few minutes ahead of our clock (the host's clock is ahead) is still this year.
        assertEquals(LocalDateTime.of(2026, 11, 23, 12, 5), yearless("2026-11-23T12:00:00Z", ZoneOffset.UTC, 11, 23, 12, 5, 0));
        // A line days ahead can only be last year's.
        assertEquals(LocalDateTime.of(2025, 11, 30, 0, 0), yearless("2026-11-23T12:00:00Z", ZoneOffset.UTC, 11, 30, 0, 0, 0));
    }

    @Test
    void february29thGoesBackToALeapYear() {
        assertEquals(LocalDateTime.of(2024, 2, 29, 10, 0), yearless("2026-11-23T12:00:00Z", ZoneOffset.UTC, 2, 29, 10, 0, 0));
    }

    @Test
    void nowIsTakenInTheHostZone() {
        // 2026-01-01T00:30 in Paris is still 2025-12-31T23:30 UTC: a "Jan  1 00:10" line is this year's there.
        assertEquals(LocalDateTime.of(2026, 1, 1, 0, 10), yearless("2025-12-31T23:30:00Z", ZoneId.of("Europe/Paris"), 1, 1, 0, 10, 0));
    }

    @Test
    void fixedYearWins() {
        ParseContext ctx = Parsing.UTC.withFixedYear(2019);
        assertEquals(LocalDateTime.of(2019, 12, 31, 1, 2, 3), ctx.localTime(new LineTime(LineTime.NO_YEAR, 12, 31, 1, 2, 3, null, 0)));
        assertNull(ctx.localTime(new LineTime(LineTime.NO_YEAR, 2, 29, 1, 2, 3, null, 0)), "2019 has no Feb 29");
    }

    @Test
    void instantUsesTheHostZoneAndDaylightSaving() {
        ParseContext paris = ParseContext.of(ZoneId.of("Europe/Paris"), Parsing.NOW);
        ParsedFailure summer = LogFormat.SSHD.newParser().parse("Jul  3 14:59:17 h sshd[1]: Failed password for root from 192.0.2.1 port 5 ssh2", paris).orElseThrow();
        assertEquals(Instant.parse("2026-07-03T12:59:17Z"), summer.instant());
        ParsedFailure winter = LogFormat.SSHD.newParser().parse("Jan  3 14:59:17 h sshd[1]: Failed password for root from 192.0.2.1 port 5 ssh2", paris).orElseThrow();
        assertEquals(Instant.parse("2026-01-03T13:59:17Z"), winter.instant());
    }

    @Test
    void offsetStampIsConvertedToTheHostZone() {
        ParseContext paris = ParseContext.of(ZoneId.of("Europe/Paris"), Parsing.NOW);
        LineTime t = Timestamps.iso(RawLine.of("2019-07-08T17:40:16.954167-04:00"), 0);
        assertEquals(LocalDateTime.of(2019, 7, 8, 23, 40, 16), paris.localTime(t));
    }

    @Test
    void impossibleDatesAreNoFailure() {
        Parsing.none(LogFormat.NGINX, "2026/02/30 19:20:56 [error] 1#1: *4 user \"a\" was not found in \"/h\", client: 127.0.0.77, server: s, request: \"GET / HTTP/1.1\", host: \"h\"");
        Parsing.none(LogFormat.SSHD, "Nov 23 25:00:01 h sshd[1]: Failed password for root from 192.0.2.1 port 5 ssh2");
        Parsing.none(LogFormat.SSHD, "Foo 23 10:00:01 h sshd[1]: Failed password for root from 192.0.2.1 port 5 ssh2");
    }
}
