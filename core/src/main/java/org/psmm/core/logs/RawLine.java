package org.psmm.core.logs;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * One log line as the bytes the server wrote (UTF-8, or anything: nothing is decoded until asked),
 * with the part of String's methods the parsers use, under the same names and meanings. Indexes are
 * byte indexes; {@link #charAt} gives a byte as a char in 0..255, so an ASCII comparison means what
 * it means on a String, and a non-ASCII byte never equals an ASCII character. {@link #substring}
 * decodes UTF-8 leniently (a malformed sequence becomes U+FFFD).
 *
 * <p>Why not a String: psmm-logcheck runs with C1 only (see bin/psmm-logcheck), where String's
 * searches are plain loops, one char at a time, and decoding every line costs a copy; here a search
 * looks at eight bytes at a time, straight in the reader's buffer.
 *
 * <p>A reader re-points one instance at each line: a line is valid until the reader moves on.
 * Not thread-safe. Methods throw {@link StringIndexOutOfBoundsException} where String's would.
 */
public final class RawLine {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    private byte[] b;
    private int from;
    private int len;

    private RawLine(byte[] b, int from, int len) {
        this.b = b;
        this.from = from;
        this.len = len;
    }

    /** A line of text, as UTF-8 bytes: for callers that hold a String (journal messages, tests). */
    public static RawLine of(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new RawLine(bytes, 0, bytes.length);
    }

    /** An empty view, to be {@link #set} on each line of a buffer. */
    public static RawLine view() {
        return new RawLine(new byte[0], 0, 0);
    }

    /** Points this view at buf[start, end): the bytes are not copied. */
    public void set(byte[] buf, int start, int end) {
        b = buf;
        from = start;
        len = end - start;
    }

    public int length() {
        return len;
    }

    public boolean isEmpty() {
        return len == 0;
    }

    public char charAt(int i) {
        if (i < 0 || i >= len) {
            throw new StringIndexOutOfBoundsException(i);
        }
        return (char) (b[from + i] & 0xff);
    }

    /** The byte at i as a char, or -1 outside the line: the bounds check most parsers need anyway. */
    int at(int i) {
        return i >= 0 && i < len ? b[from + i] & 0xff : -1;
    }

    public boolean startsWith(String prefix) {
        return startsWith(prefix, 0);
    }

    public boolean startsWith(String prefix, int at) {
        int n = prefix.length();
        if (at < 0 || at > len - n) {
            return false;
        }
        byte[] a = b;
        int base = from + at;
        // Most calls fail on the first byte (a parser trying the messages it knows in turn).
        if (n > 0 && (a[base] & 0xff) != prefix.charAt(0)) {
            return false;
        }
        for (int k = 1; k < n; k++) {
            if ((a[base + k] & 0xff) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    public boolean endsWith(String suffix) {
        return startsWith(suffix, len - suffix.length());
    }

    /** String.regionMatches(ignoreCase, ...) for ASCII: letters compared without case. */
    public boolean regionMatches(boolean ignoreCase, int at, String other, int otherAt, int n) {
        if (at < 0 || otherAt < 0 || at > len - n || otherAt > other.length() - n) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            int c = b[from + at + k] & 0xff;
            int o = other.charAt(otherAt + k);
            if (c != o && !(ignoreCase && c < 128 && o < 128 && lower(c) == lower(o))) {
                return false;
            }
        }
        return true;
    }

    /** Whether this[at, at + n) equals bytes[0, n). */
    boolean regionEquals(int at, byte[] bytes, int n) {
        if (at < 0 || at > len - n) {
            return false;
        }
        byte[] a = b;
        int base = from + at;
        for (int k = 0; k < n; k++) {
            if (a[base + k] != bytes[k]) {
                return false;
            }
        }
        return true;
    }

    /** Copies this[at, at + n) into bytes[0, n). */
    void copyTo(int at, byte[] bytes, int n) {
        System.arraycopy(b, from + at, bytes, 0, n);
    }

    private static int lower(int c) {
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }

    public boolean contains(String literal) {
        return indexOf(literal, 0) >= 0;
    }

    public int indexOf(int c) {
        return indexOf(c, 0);
    }

    /** The first index of c at or after fromIndex, eight bytes at a time; -1 if none. */
    public int indexOf(int c, int fromIndex) {
        if (c > 0xff) {
            return -1;
        }
        byte[] a = b;
        int i = from + Math.max(fromIndex, 0);
        int end = from + len;
        long pattern = (c & 0xffL) * ONES;
        for (; i + 8 <= end; i += 8) {
            long x = (long) LONGS.get(a, i) ^ pattern;
            long found = (x - ONES) & ~x & HIGHS;
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3) - from;
            }
        }
        for (; i < end; i++) {
            if ((a[i] & 0xff) == c) {
                return i - from;
            }
        }
        return -1;
    }

    public int indexOf(String literal) {
        return indexOf(literal, 0);
    }

    /** The first index of literal at or after fromIndex, found by its first byte; -1 if none. */
    public int indexOf(String literal, int fromIndex) {
        int n = literal.length();
        if (n == 0) {
            return Math.min(Math.max(fromIndex, 0), len);
        }
        char first = literal.charAt(0);
        int last = len - n;
        for (int i = indexOf(first, fromIndex); i >= 0 && i <= last; i = indexOf(first, i + 1)) {
            if (startsWith(literal, i)) {
                return i;
            }
        }
        return -1;
    }

    public int lastIndexOf(int c) {
        return lastIndexOf(c, len - 1);
    }

    public int lastIndexOf(int c, int fromIndex) {
        for (int i = Math.min(fromIndex, len - 1); i >= 0; i--) {
            if ((b[from + i] & 0xff) == c) {
                return i;
            }
        }
        return -1;
    }

    public int lastIndexOf(String literal) {
        return lastIndexOf(literal, len);
    }

    /** The last index of literal at or before fromIndex; -1 if none. */
    public int lastIndexOf(String literal, int fromIndex) {
        int n = literal.length();
        if (n == 0) {
            return fromIndex < 0 ? -1 : Math.min(fromIndex, len);
        }
        char first = literal.charAt(0);
        for (int i = lastIndexOf(first, Math.min(fromIndex, len - n)); i >= 0; i = lastIndexOf(first, i - 1)) {
            if (startsWith(literal, i)) {
                return i;
            }
        }
        return -1;
    }

    /** this[start, end) decoded as UTF-8. */
    public String substring(int start, int end) {
        if (start < 0 || end > len || start > end) {
            throw new StringIndexOutOfBoundsException("begin " + start + ", end " + end + ", length " + len);
        }
        return decode(from + start, end - start);
    }

    public String substring(int start) {
        return substring(start, len);
    }

    private String decode(int offset, int n) {
        byte[] a = b;
        long high = 0;
        int i = offset;
        int end = offset + n;
        for (; i + 8 <= end; i += 8) {
            high |= (long) LONGS.get(a, i);
        }
        for (; i < end; i++) {
            high |= a[i];
        }
        // ISO-8859-1 decodes ASCII as UTF-8 does, by a plain copy.
        return new String(a, offset, n, (high & HIGHS) == 0 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    }

    /** The whole line, decoded as UTF-8. */
    @Override
    public String toString() {
        return decode(from, len);
    }
}
