package org.psmm.core.logs.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.psmm.core.logs.FailureKind;
import org.psmm.core.logs.LogFormat;
import org.psmm.core.logs.ParseContext;
import org.psmm.core.logs.ParsedFailure;

class JournalEntryParserTest {

    private static final ParseContext PARIS = ParseContext.of(ZoneId.of("Europe/Paris"),
            Clock.fixed(Instant.parse("2026-11-24T00:00:00Z"), ZoneOffset.UTC));

    private static List<ParsedFailure> read(LogFormat format) {
        JournalEntryParser parser = new JournalEntryParser(format.newParser());
        List<ParsedFailure> found = new ArrayList<>();
        for (JournalEntry e : JournalFixture.entries()) {
            if (format == JournalIdentifiers.format(e.identifier())) {
                parser.parse(e, PARIS).ifPresent(found::add);
            }
        }
        return found;
    }

    @Test
    void sshdSessionFailuresAreCountedOncePerConnectionWithTheEntrysTime() {
        List<ParsedFailure> ssh = read(LogFormat.SSHD);
        // users a % 7, every 5th Latin-1 (decoded with a replacement character)
        assertEquals(List.of("bob", "admin", "oracle", "test user", "jos\uFFFD", "<script>", "jos\u00e9", "bob",
                "admin", "jos\uFFFD"), ssh.stream().map(ParsedFailure::user).toList());
        assertTrue(ssh.stream().allMatch(f -> f.kind() == FailureKind.AUTH && f.ip().startsWith("127.0.0.")));
        JournalEntry first = JournalFixture.entries().get(0);
        assertEquals(first.time(), ssh.get(0).instant(), "__REALTIME_TIMESTAMP, to the microsecond");
        assertEquals(LocalDateTime.ofInstant(first.time(), ZoneId.of("Europe/Paris")).withNano(0), ssh.get(0).localTime());
    }

    @Test
    void mariadbAccessDeniedTakesTheJournalTimeNotItsOwnStamp() {
        List<ParsedFailure> sql = read(LogFormat.MARIADB);
        assertEquals(List.of("root", "admin", "bob", "it's", "<b>x</b>"), sql.stream().map(ParsedFailure::user).toList());
        List<JournalEntry> entries = JournalFixture.entries().stream().filter(e -> "mariadbd".equals(e.identifier())).toList();
        for (int i = 0; i < sql.size(); i++) {
            assertEquals(entries.get(i).time(), sql.get(i).instant());
        }
    }

    @Test
    void bareMessagesWithoutSyslogPrefixAreRead() {
        ParseContext utc = ParseContext.of(ZoneOffset.UTC, Clock.systemUTC());
        Optional<ParsedFailure> ssh = LogFormat.SSHD.newParser()
                .parse("Invalid user eve from 203.0.113.9 port 2222", utc);
        assertEquals("eve", ssh.orElseThrow().user());
        assertEquals("203.0.113.9", ssh.orElseThrow().ip());
        Optional<ParsedFailure> sql = LogFormat.MARIADB.newParser()
                .parse("[Warning] Access denied for user 'eve'@'203.0.113.9' (using password: NO)", utc);
        assertEquals("eve", sql.orElseThrow().user());
        Optional<ParsedFailure> stamped = LogFormat.MARIADB.newParser()
                .parse("2026-11-23 10:00:00 31 [Warning] Access denied for user 'eve'@'localhost' (using password: YES)", utc);
        assertEquals("localhost", stamped.orElseThrow().ip());
        // An entry without identifier is given bare to the parser, and still gets the entry's time.
        JournalEntry bare = new JournalEntry("s=1", 1_795_000_000_123_456L, null, null, null,
                "Failed password for root from 198.51.100.7 port 22 ssh2", false);
        ParsedFailure f = new JournalEntryParser(LogFormat.SSHD.newParser()).parse(bare, utc).orElseThrow();
        assertEquals("root", f.user());
        assertEquals(bare.time(), f.instant());
    }

    @Test
    void hostileHostNamesAndMultiLineMessagesCannotShiftTheFields() {
        JournalEntry e = new JournalEntry("s=1", 1_795_000_000_000_000L, "evil host: sshd[1]:", "12", "sshd-session",
                "Invalid user x from 10.0.0.1 port 1\nInvalid user y from 6.6.6.6 port 2", false);
        String line = JournalEntryParser.line(e);
        assertEquals(-1, line.indexOf('\n'));
        assertTrue(line.contains(" evil_host__sshd_1__ sshd-session[12]: Invalid user x from"), line);
    }
}
