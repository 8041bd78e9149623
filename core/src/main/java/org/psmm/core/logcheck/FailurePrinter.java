package org.psmm.core.logcheck;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

import org.psmm.core.logs.FailureKind;
import org.psmm.core.logs.LogFormat;
import org.psmm.core.logs.ParsedFailure;

/**
 * Writes one failure per line, as JSON or as readable text, in UTF-8. Everything in a failure came
 * from a log, so from an attacker: JSON strings are escaped per RFC 8259, and the text form escapes
 * control characters, which could otherwise drive the reader's terminal.
 *
 * <p>Encodes straight into its own byte buffer: on a big log this is the command's hottest path.
 */
final class FailurePrinter {

    private static final byte[] HEX = asciiBytes("0123456789abcdef");

    // The output's constant parts as bytes: copied whole, where writing them char by char cost a
    // fifth of a scan's time (String.charAt is not cheap before C2 compiles it).
    private static final byte[] JSON_IP = asciiBytes(",\"ip\":");
    private static final byte[] JSON_TIME = asciiBytes(",\"time\":");
    private static final byte[] JSON_NULL = asciiBytes("null");
    private static final byte[] JSON_END = asciiBytes("}\n");
    private static final byte[] TEXT_NO_TIME = asciiBytes("-                  ");
    private static final byte[] TEXT_IP = asciiBytes("  ip=");
    private static final byte[] TEXT_USER = asciiBytes("  user=");
    /** Per format and kind: {@code ,"format":"F","service":"S","kind":"K","user":}. */
    private static final byte[][][] JSON_HEADS = new byte[LogFormat.values().length][FailureKind.values().length][];
    /** Per format and kind: {@code   S/K}. */
    private static final byte[][][] TEXT_KINDS = new byte[LogFormat.values().length][FailureKind.values().length][];

    static {
        for (LogFormat format : LogFormat.values()) {
            for (FailureKind kind : FailureKind.values()) {
                JSON_HEADS[format.ordinal()][kind.ordinal()] = asciiBytes(",\"format\":\"" + format.id() + "\",\"service\":\""
                        + format.service() + "\",\"kind\":\"" + kind.id() + "\",\"user\":");
                TEXT_KINDS[format.ordinal()][kind.ordinal()] = asciiBytes("  " + format.service() + "/" + kind.id());
            }
        }
    }

    private static byte[] asciiBytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private final OutputStream out;
    private final boolean json;
    private byte[] buf = new byte[1 << 16];
    private int len;
    /** The JSON of {@code {"file":"<file>","line":} for the file being printed: the same on every line. */
    private String jsonFileOf;
    private byte[] jsonFilePrefix;

    FailurePrinter(OutputStream out, boolean json) {
        this.out = out;
        this.json = json;
    }

    boolean json() {
        return json;
    }

    /** A printer that only {@link #render}s, into a buffer of this initial size. */
    static FailurePrinter renderer(boolean json, int capacity) {
        FailurePrinter p = new FailurePrinter(null, json);
        p.buf = new byte[capacity];
        return p;
    }

    /** @throws UncheckedIOException where the output cannot be written (told apart from reading errors) */
    void print(String file, long line, ParsedFailure f) {
        if (buf.length - len < 4096) {
            flushBuffer();
        }
        head(file, line);
        tail(f);
    }

    /**
     * Prints a failure whose part after the line number ({@link #tail}) another printer rendered
     * into {@code rendered[from, to)}: a part of a file scanned in parallel learns its first line's
     * number only once the parts before it are counted.
     */
    void printRendered(String file, long line, byte[] rendered, int from, int to) {
        if (buf.length - len < 4096 + to - from) {
            flushBuffer();
        }
        head(file, line);
        ensure(to - from);
        System.arraycopy(rendered, from, buf, len, to - from);
        len += to - from;
    }

    /** Renders the part of a failure after its line number into this printer's buffer, never written out. */
    void render(ParsedFailure f) {
        tail(f);
    }

    /** What {@link #render} rendered: {@code rendered()[0, renderedLength())}. */
    byte[] rendered() {
        return buf;
    }

    int renderedLength() {
        return len;
    }

    private void head(String file, long line) {
        if (json) {
            if (!file.equals(jsonFileOf)) {
                int start = len;
                ascii("{\"file\":");
                jsonString(file);
                ascii(",\"line\":");
                jsonFilePrefix = java.util.Arrays.copyOfRange(buf, start, len);
                jsonFileOf = file;
                len = start;
            }
            ensure(jsonFilePrefix.length);
            System.arraycopy(jsonFilePrefix, 0, buf, len, jsonFilePrefix.length);
            len += jsonFilePrefix.length;
            number(line);
        } else {
            text(file);
            put(':');
            number(line);
        }
    }

    /** The JSON head of a failure whose service is not its format's (PAM lines name their own). */
    private byte[] jsonHead(ParsedFailure f) {
        if (f.service().equals(f.format().service())) {
            return JSON_HEADS[f.format().ordinal()][f.kind().ordinal()];
        }
        StringBuilder b = new StringBuilder(",\"format\":\"").append(f.format().id()).append("\",\"service\":");
        // A service is a short lower-case word (PamLogParser.service), escaped anyway.
        int start = len;
        jsonString(f.service());
        String service = new String(buf, start, len - start, StandardCharsets.UTF_8);
        len = start;
        b.append(service).append(",\"kind\":\"").append(f.kind().id()).append("\",\"user\":");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void tail(ParsedFailure f) {
        if (json) {
            bytes(jsonHead(f));
            jsonString(f.user());
            if (f.userCut()) {
                ascii(",\"user_cut\":true");
            }
            bytes(JSON_IP);
            jsonString(f.ip());
            bytes(JSON_TIME);
            if (f.localTime() == null) {
                bytes(JSON_NULL);
            } else {
                put('"');
                time(f.localTime());
                put('"');
            }
            bytes(JSON_END);
        } else {
            put(' ');
            put(' ');
            if (f.localTime() == null) {
                bytes(TEXT_NO_TIME);
            } else {
                time(f.localTime());
            }
            if (f.service().equals(f.format().service())) {
                bytes(TEXT_KINDS[f.format().ordinal()][f.kind().ordinal()]);
            } else {
                put(' ');
                put(' ');
                text(f.service());
                put('/');
                ascii(f.kind().id());
            }
            bytes(TEXT_IP);
            text(f.ip());
            bytes(TEXT_USER);
            if (f.user() == null) {
                put('-');
            } else {
                put('"');
                text(f.user());
                put('"');
                if (f.userCut()) {
                    ascii(" (cut)");
                }
            }
            put('\n');
        }
    }

    void flush() {
        flushBuffer();
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void flushBuffer() {
        try {
            out.write(buf, 0, len);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        len = 0;
    }

    private void ensure(int more) {
        if (len + more > buf.length) {
            byte[] bigger = new byte[Math.max(buf.length * 2, len + more)];
            System.arraycopy(buf, 0, bigger, 0, len);
            buf = bigger;
        }
    }

    private void put(char c) {
        ensure(1);
        buf[len++] = (byte) c;
    }

    private void bytes(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, buf, len, b.length);
        len += b.length;
    }

    /** A string known to be ASCII without anything to escape (our own literals and ids). */
    private void ascii(String s) {
        ensure(s.length());
        for (int i = 0; i < s.length(); i++) {
            buf[len++] = (byte) s.charAt(i);
        }
    }

    private void number(long v) {
        if (v < 0) {
            ascii(Long.toString(v));
            return;
        }
        ensure(20);
        int digits = 1;
        for (long x = v; x >= 10; x /= 10) {
            digits++;
        }
        for (int i = len + digits - 1; i >= len; i--) {
            buf[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        len += digits;
    }

    /** A JSON string literal, or null. Control characters, U+2028/2029 and lone surrogates are escaped. */
    private void jsonString(String s) {
        if (s == null) {
            bytes(JSON_NULL);
            return;
        }
        ensure(s.length() * 6 + 2);
        buf[len++] = '"';
        if (plainAscii(s)) {
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
                buf[len++] = (byte) c;
            } else if (c == '"' || c == '\\') {
                buf[len++] = '\\';
                buf[len++] = (byte) c;
            } else if (c == '\n') {
                buf[len++] = '\\';
                buf[len++] = 'n';
            } else if (c == '\r') {
                buf[len++] = '\\';
                buf[len++] = 'r';
            } else if (c == '\t') {
                buf[len++] = '\\';
                buf[len++] = 't';
            } else if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
                unicodeEscape(c);
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                utf8(Character.toCodePoint(c, s.charAt(++i)));
            } else if (Character.isSurrogate(c)) {
                unicodeEscape('\uFFFD');
            } else {
                utf8(c);
            }
        }
        buf[len++] = '"';
    }

    /**
     * Writes s with its closing quote and returns true where s is printable ASCII without quote or
     * backslash, as most names and addresses are; else writes nothing. Copies bytes rather than
     * chars: see the constants above. '?' takes the slow path: getBytes writes it for a lone
     * surrogate, which jsonString escapes.
     */
    private boolean plainAscii(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (b.length != s.length()) {
            return false;
        }
        for (byte c : b) {
            if (c < 0x20 || c == 0x7f || c == '"' || c == '\\' || c == '?') {
                return false;
            }
        }
        System.arraycopy(b, 0, buf, len, b.length);
        len += b.length;
        buf[len++] = '"';
        return true;
    }

    private void unicodeEscape(char c) {
        buf[len++] = '\\';
        buf[len++] = 'u';
        buf[len++] = HEX[c >> 12 & 0xf];
        buf[len++] = HEX[c >> 8 & 0xf];
        buf[len++] = HEX[c >> 4 & 0xf];
        buf[len++] = HEX[c & 0xf];
    }

    /** Text with control characters (C0, DEL, C1) written as \xNN, the rest as UTF-8. */
    private void text(String s) {
        ensure(s.length() * 4);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c >= 0x7f && c < 0xa0) {
                buf[len++] = '\\';
                buf[len++] = 'x';
                buf[len++] = HEX[c >> 4 & 0xf];
                buf[len++] = HEX[c & 0xf];
            } else if (c < 0x80) {
                buf[len++] = (byte) c;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                utf8(Character.toCodePoint(c, s.charAt(++i)));
            } else {
                utf8(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
    }

    private void utf8(int cp) {
        if (cp < 0x80) {
            buf[len++] = (byte) cp;
        } else if (cp < 0x800) {
            buf[len++] = (byte) (0xc0 | cp >> 6);
            buf[len++] = (byte) (0x80 | cp & 0x3f);
        } else if (cp < 0x10000) {
            buf[len++] = (byte) (0xe0 | cp >> 12);
            buf[len++] = (byte) (0x80 | cp >> 6 & 0x3f);
            buf[len++] = (byte) (0x80 | cp & 0x3f);
        } else {
            buf[len++] = (byte) (0xf0 | cp >> 18);
            buf[len++] = (byte) (0x80 | cp >> 12 & 0x3f);
            buf[len++] = (byte) (0x80 | cp >> 6 & 0x3f);
            buf[len++] = (byte) (0x80 | cp & 0x3f);
        }
    }

    /** {@code YYYY-MM-DDTHH:MM:SS}, without DateTimeFormatter's cost on every line. */
    private void time(LocalDateTime t) {
        ensure(32);
        int y = t.getYear();
        if (y < 1000 || y > 9999) {
            ascii(Integer.toString(y));
        } else {
            digits(y / 100);
            digits(y % 100);
        }
        buf[len++] = '-';
        digits(t.getMonthValue());
        buf[len++] = '-';
        digits(t.getDayOfMonth());
        buf[len++] = 'T';
        digits(t.getHour());
        buf[len++] = ':';
        digits(t.getMinute());
        buf[len++] = ':';
        digits(t.getSecond());
    }

    private void digits(int twoDigits) {
        buf[len++] = (byte) ('0' + twoDigits / 10);
        buf[len++] = (byte) ('0' + twoDigits % 10);
    }
}
