package org.psmm.core.logs.journal;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.psmm.core.logs.LogLineParser;
import org.psmm.core.logs.ParseContext;
import org.psmm.core.logs.ParsedFailure;

/**
 * Reads journal entries with a file format's parser. The entry is given to the parser as the line
 * {@code journalctl -o short-iso-precise} prints for it ({@code 2026-11-23T19:15:47.123456+00:00 host
 * sshd-session[42]: message}), so the parser knows the program and the process (sshd follows a
 * connection across lines by host and pid); the failure then gets the entry's own time
 * ({@code __REALTIME_TIMESTAMP}), whatever stamp the message itself carries (MariaDB writes its own).
 * An entry without identifier is given as its bare message. One instance per stream, as the parser.
 */
public final class JournalEntryParser {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'+00:00'")
            .withZone(ZoneOffset.UTC);

    private final LogLineParser parser;

    public JournalEntryParser(LogLineParser parser) {
        this.parser = parser;
    }

    public Optional<ParsedFailure> parse(JournalEntry entry, ParseContext ctx) {
        String line = line(entry);
        if (line == null) {
            return Optional.empty();
        }
        return parser.parse(line, ctx).map(f -> f.at(entry.time(), ctx.zone()));
    }

    /**
     * The entry as one log line, or null where it has no message. Line breaks in a message become
     * blanks (the parsers read one line), blanks in the host name or identifier become '_' (they
     * would shift the fields after them).
     */
    public static String line(JournalEntry entry) {
        String message = entry.message();
        if (message == null) {
            return null;
        }
        message = message.replace('\n', ' ').replace('\r', ' ');
        String identifier = word(entry.identifier());
        if (identifier == null) {
            return message;
        }
        StringBuilder out = new StringBuilder(message.length() + 64);
        out.append(STAMP.format(entry.time())).append(' ');
        String host = word(entry.hostname());
        out.append(host == null ? "localhost" : host).append(' ').append(identifier);
        String pid = entry.pid();
        if (pid != null && !pid.isEmpty() && pid.length() < 12 && pid.chars().allMatch(Character::isDigit)) {
            out.append('[').append(pid).append(']');
        }
        return out.append(": ").append(message).toString();
    }

    private static String word(String s) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length() && i < 255; i++) {
            char c = s.charAt(i);
            out.append(Character.isWhitespace(c) || c < 0x20 || c == '[' || c == ']' || c == ':' ? '_' : c);
        }
        return out.toString();
    }
}
