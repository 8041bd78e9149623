package org.psmm.core.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Shared set-up of the parser tests: a fixed "now", a zone, and short ways to parse lines. */
final class Parsing {

    /** "Now" in every test: 2026-11-23 12:00 UTC. */
    static final Clock NOW = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
    static final ParseContext UTC = ParseContext.of(ZoneOffset.UTC, NOW);
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private Parsing() {
    }

    /** The failure one line gives to a fresh parser; fails the test if there is none. */
    static ParsedFailure one(LogFormat format, String line) {
        return format.newParser().parse(line, UTC).orElseGet(() -> fail("no failure in: " + line));
    }

    static void none(LogFormat format, String line) {
        Optional<ParsedFailure> got = format.newParser().parse(line, UTC);
        assertTrue(got.isEmpty(), () -> "unexpected " + got.get() + " in: " + line);
    }

    /** Every line through one parser, in order: the result of each. */
    static List<Optional<ParsedFailure>> stream(LogFormat format, String... lines) {
        LogLineParser parser = format.newParser();
        List<Optional<ParsedFailure>> out = new ArrayList<>();
        for (String line : lines) {
            out.add(parser.parse(line, UTC));
        }
        return out;
    }

    static void assertFailure(ParsedFailure f, FailureKind kind, String user, String ip, String localTime) {
        assertEquals(kind, f.kind(), "kind");
        assertEquals(user, f.user(), "user");
        assertEquals(ip, f.ip(), "ip");
        assertEquals(localTime == null ? null : LocalDateTime.parse(localTime), f.localTime(), "time");
    }
}
