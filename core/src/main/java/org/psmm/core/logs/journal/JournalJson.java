package org.psmm.core.logs.journal;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads one line of {@code journalctl -o json}: a flat object whose values are strings, numbers,
 * null (a field over journalctl's size limit), an array of byte values (a field that is not valid
 * UTF-8 or holds control characters) or an array of those (a field logged several times). The whole
 * line comes from the monitored server: anything else is refused, never guessed at.
 */
public final class JournalJson {

    /** The fields journalctl is asked for besides the ones it always prints ({@code __CURSOR}, ...). */
    public static final String OUTPUT_FIELDS = "MESSAGE,_PID,_HOSTNAME,SYSLOG_IDENTIFIER";

    private final String s;
    private int p;

    private JournalJson(String s) {
        this.s = s;
    }

    /** The entry on this line. */
    public static JournalEntry parse(String line) throws MalformedJournalEntryException {
        if (line == null) {
            throw new MalformedJournalEntryException("no journal entry");
        }
        Map<String, Object> fields;
        try {
            fields = new JournalJson(line).object();
        } catch (IndexOutOfBoundsException | NumberFormatException e) {
            throw new MalformedJournalEntryException("not a journal entry in JSON: " + e.getMessage());
        }
        String cursor = text(fields.get("__CURSOR"));
        String realtime = text(fields.get("__REALTIME_TIMESTAMP"));
        if (cursor == null || cursor.isEmpty() || realtime == null) {
            throw new MalformedJournalEntryException("a journal entry without __CURSOR or __REALTIME_TIMESTAMP");
        }
        if (!JournalCommand.isCursor(cursor)) {
            throw new MalformedJournalEntryException("a journal cursor with unexpected characters");
        }
        long micros;
        try {
            micros = Long.parseLong(realtime);
        } catch (NumberFormatException e) {
            throw new MalformedJournalEntryException("__REALTIME_TIMESTAMP is not a number");
        }
        Object message = fields.get("MESSAGE");
        if (message instanceof Object[] several) {
            // Logged more than once in one entry: the last one is what journalctl shows as MESSAGE.
            message = several.length == 0 ? null : several[several.length - 1];
        }
        return new JournalEntry(cursor, micros, text(fields.get("_HOSTNAME")), text(fields.get("_PID")),
                text(fields.get("SYSLOG_IDENTIFIER")), text(message), message instanceof byte[]);
    }

    /** A value as text: a string as is, bytes decoded as UTF-8 with bad bytes replaced, else null. */
    private static String text(Object value) {
        if (value instanceof String str) {
            return str;
        }
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        if (value instanceof Object[] several && several.length > 0) {
            return text(several[several.length - 1]);
        }
        return null;
    }

    private Map<String, Object> object() throws MalformedJournalEntryException {
        blanks();
        expect('{');
        Map<String, Object> fields = new HashMap<>();
        blanks();
        if (peek() == '}') {
            p++;
        } else {
            while (true) {
                blanks();
                String key = string();
                blanks();
                expect(':');
                blanks();
                fields.put(key, value(0));
                blanks();
                char c = s.charAt(p++);
                if (c == '}') {
                    break;
                }
                if (c != ',') {
                    throw new MalformedJournalEntryException("expected , or } at " + (p - 1));
                }
            }
        }
        blanks();
        if (p != s.length()) {
            throw new MalformedJournalEntryException("text after the journal entry");
        }
        return fields;
    }

    /** A string, null, a number (as its text), or an array: of numbers (bytes) or of values. */
    private Object value(int depth) throws MalformedJournalEntryException {
        char c = peek();
        if (c == '"') {
            return string();
        }
        if (c == 'n' && s.startsWith("null", p)) {
            p += 4;
            return null;
        }
        if (c == '-' || c >= '0' && c <= '9') {
            int start = p;
            while (p < s.length() && "-+.eE0123456789".indexOf(s.charAt(p)) >= 0) {
                p++;
            }
            return s.substring(start, p);
        }
        if (c == '[' && depth < 2) {
            p++;
            java.util.List<Object> items = new java.util.ArrayList<>();
            blanks();
            if (peek() == ']') {
                p++;
            } else {
                while (true) {
                    blanks();
                    items.add(value(depth + 1));
                    blanks();
                    char d = s.charAt(p++);
                    if (d == ']') {
                        break;
                    }
                    if (d != ',') {
                        throw new MalformedJournalEntryException("expected , or ] at " + (p - 1));
                    }
                }
            }
            return bytesOrValues(items);
        }
        throw new MalformedJournalEntryException("unexpected value at " + p);
    }

    private static Object bytesOrValues(java.util.List<Object> items) throws MalformedJournalEntryException {
        boolean allNumbers = !items.isEmpty() && items.stream().allMatch(i -> i instanceof String n && !n.isEmpty()
                && Character.isDigit(n.charAt(0)) && n.chars().allMatch(Character::isDigit));
        if (!allNumbers) {
            return items.toArray();
        }
        // Strings in an array are quoted: unquoted digits can only be the bytes of a binary field.
        byte[] bytes = new byte[items.size()];
        for (int i = 0; i < bytes.length; i++) {
            int b = Integer.parseInt((String) items.get(i));
            if (b > 255) {
                throw new MalformedJournalEntryException("a byte array holds " + b);
            }
            bytes[i] = (byte) b;
        }
        return bytes;
    }

    private String string() throws MalformedJournalEntryException {
        expect('"');
        StringBuilder out = null;
        int start = p;
        while (true) {
            char c = s.charAt(p);
            if (c == '"') {
                String v = out == null ? s.substring(start, p) : out.append(s, start, p).toString();
                p++;
                return v;
            }
            if (c == '\\') {
                if (out == null) {
                    out = new StringBuilder();
                }
                out.append(s, start, p);
                char e = s.charAt(p + 1);
                p += 2;
                switch (e) {
                    case '"', '\\', '/' -> out.append(e);
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(s.substring(p, p + 4), 16));
                        p += 4;
                    }
                    default -> throw new MalformedJournalEntryException("bad escape \\" + e);
                }
                start = p;
            } else {
                p++;
            }
        }
    }

    private void blanks() {
        while (p < s.length() && (s.charAt(p) == ' ' || s.charAt(p) == '\t' || s.charAt(p) == '\r')) {
            p++;
        }
    }

    private char peek() {
        return s.charAt(p);
    }

    private void expect(char c) throws MalformedJournalEntryException {
        if (s.charAt(p) != c) {
            throw new MalformedJournalEntryException("expected " + c + " at " + p);
        }
        p++;
    }
}
