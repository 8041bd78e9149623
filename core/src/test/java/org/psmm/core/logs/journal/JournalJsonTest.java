package org.psmm.core.logs.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class JournalJsonTest {

    @Test
    void realEntriesGiveCursorTimeHostPidIdentifierAndMessage() {
        List<JournalEntry> entries = JournalFixture.entries();
        assertEquals(27, entries.size());
        JournalEntry first = entries.get(0);
        assertTrue(first.cursor().startsWith("s=") && first.cursor().contains(";i=1;"), first.cursor());
        assertEquals("lab-sql", first.hostname());
        assertEquals("sshd-session", first.identifier());
        assertTrue(first.pid().chars().allMatch(Character::isDigit));
        assertTrue(first.message().startsWith("Invalid user bob from 127.0.0.77 port "), first.message());
        assertFalse(first.binaryMessage());
        assertEquals(first.realtimeMicros() / 1_000_000, first.time().getEpochSecond());
        assertEquals(first.realtimeMicros() % 1_000_000 * 1000, first.time().getNano());
        assertEquals(27, entries.stream().map(JournalEntry::cursor).distinct().count(), "cursors are unique");
    }

    @Test
    void aMessageThatIsNotUtf8ComesAsBytesAndIsDecodedWithReplacement() {
        List<JournalEntry> binary = JournalFixture.entries().stream().filter(JournalEntry::binaryMessage).toList();
        assertEquals(4, binary.size(), "two Latin-1 user names, two entries each");
        assertTrue(binary.get(0).message().startsWith("Invalid user jos\uFFFD from 127.0.0."), binary.get(0).message());
    }

    @Test
    void escapesNullFieldsAndRepeatedFields() throws Exception {
        JournalEntry e = JournalJson.parse("{\"__CURSOR\":\"s=1;i=2\",\"__REALTIME_TIMESTAMP\":\"1700000000000001\","
                + "\"MESSAGE\":\"a\\\"b\\\\c\\u00e9\\n\\/\",\"_PID\":null,\"SYSLOG_IDENTIFIER\":[\"x\",[115,115,104,100]]}");
        assertEquals("a\"b\\c\u00e9\n/", e.message());
        assertNull(e.pid());
        assertEquals("sshd", e.identifier(), "a field logged twice: the last value");
        assertEquals(Instant.parse("2023-11-14T22:13:20.000001Z"), e.time());
        assertNull(JournalJson.parse("{\"__CURSOR\":\"c\",\"__REALTIME_TIMESTAMP\":\"1\",\"MESSAGE\":null}").message(),
                "a field over journalctl's size limit");
    }

    @Test
    void whatIsNotAnEntryIsRefused() {
        for (String bad : List.of("", "not json", "{", "{\"MESSAGE\":\"x\"}", "[1,2]",
                "{\"__CURSOR\":\"s=1\",\"__REALTIME_TIMESTAMP\":\"x\"}",
                "{\"__CURSOR\":\"s=1; rm -rf /\",\"__REALTIME_TIMESTAMP\":\"1\"}",
                "{\"__CURSOR\":\"s=1\",\"__REALTIME_TIMESTAMP\":\"1\"} trailing",
                "{\"__CURSOR\":\"s=1\",\"__REALTIME_TIMESTAMP\":\"1\",\"MESSAGE\":[300]}",
                "{\"__CURSOR\":\"s=1\",\"__REALTIME_TIMESTAMP\":\"1\",\"MESSAGE\":\"unterminated}")) {
            assertThrows(MalformedJournalEntryException.class, () -> JournalJson.parse(bad), bad);
        }
    }
}
