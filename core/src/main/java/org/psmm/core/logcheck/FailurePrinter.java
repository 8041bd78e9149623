package org.psmm.core.logcheck;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDateTime;

import org.psmm.core.logs.ParsedFailure;

/**
 * Writes one failure per line, as JSON or as readable text. Everything in a failure came from a log,
 * so from an attacker: JSON strings are escaped per RFC 8259, and the text form escapes control
 * characters, which could otherwise drive the reader's terminal.
 */
final class FailurePrinter {

    private final Writer out;
    private final boolean json;
    private final StringBuilder sb = new StringBuilder(256);

    FailurePrinter(Writer out, boolean json) {
        this.out = out;
        this.json = json;
    }

    void print(String file, long line, ParsedFailure f) throws IOException {
        sb.setLength(0);
        if (json) {
            sb.append("{\"file\":");
            appendJsonString(sb, file);
            sb.append(",\"line\":").append(line);
            sb.append(",\"format\":\"").append(f.format().id());
            sb.append("\",\"service\":\"").append(f.service());
            sb.append("\",\"kind\":\"").append(f.kind().id());
            sb.append("\",\"user\":");
            appendJsonString(sb, f.user());
            sb.append(",\"ip\":");
            appendJsonString(sb, f.ip());
            sb.append(",\"time\":");
            if (f.localTime() == null) {
                sb.append("null");
            } else {
                sb.append('"');
                appendTime(sb, f.localTime());
                sb.append('"');
            }
            sb.append("}\n");
        } else {
            appendText(sb, file);
            sb.append(':').append(line).append("  ");
            if (f.localTime() == null) {
                sb.append("-                  ");
            } else {
                appendTime(sb, f.localTime());
            }
            sb.append("  ").append(f.service()).append('/').append(f.kind().id());
            sb.append("  ip=");
            appendText(sb, f.ip());
            sb.append("  user=");
            if (f.user() == null) {
                sb.append('-');
            } else {
                sb.append('"');
                appendText(sb, f.user());
                sb.append('"');
            }
            sb.append('\n');
        }
        out.append(sb);
    }

    /** A JSON string literal, or null. */
    static void appendJsonString(StringBuilder sb, String s) {
        if (s == null) {
            sb.append("null");
            return;
        }
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"':
                    sb.append("\\\"");
                    break;
                case '\\':
                    sb.append("\\\\");
                    break;
                case '\n':
                    sb.append("\\n");
                    break;
                case '\r':
                    sb.append("\\r");
                    break;
                case '\t':
                    sb.append("\\t");
                    break;
                default:
                    // Control characters must be escaped; U+2028/2029 too, for readers that eval JSON.
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029'
                            || Character.isSurrogate(c) && !validSurrogateAt(s, i)) {
                        appendUnicodeEscape(sb, Character.isSurrogate(c) ? '\uFFFD' : c);
                    } else {
                        sb.append(c);
                    }
            }
        }
        sb.append('"');
    }

    private static boolean validSurrogateAt(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    private static void appendUnicodeEscape(StringBuilder sb, char c) {
        sb.append("\\u");
        String hex = Integer.toHexString(c);
        for (int k = hex.length(); k < 4; k++) {
            sb.append('0');
        }
        sb.append(hex);
    }

    /** Text with control characters (C0, DEL, C1) written as \xNN. */
    static void appendText(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c >= 0x7f && c < 0xa0) {
                sb.append("\\x");
                sb.append(Character.forDigit(c >> 4 & 0xf, 16)).append(Character.forDigit(c & 0xf, 16));
            } else {
                sb.append(c);
            }
        }
    }

    /** {@code YYYY-MM-DDTHH:MM:SS}, without DateTimeFormatter's cost on every line. */
    static void appendTime(StringBuilder sb, LocalDateTime t) {
        sb.append(t.getYear()).append('-');
        two(sb, t.getMonthValue());
        sb.append('-');
        two(sb, t.getDayOfMonth());
        sb.append('T');
        two(sb, t.getHour());
        sb.append(':');
        two(sb, t.getMinute());
        sb.append(':');
        two(sb, t.getSecond());
    }

    private static void two(StringBuilder sb, int v) {
        if (v < 10) {
            sb.append('0');
        }
        sb.append(v);
    }
}
