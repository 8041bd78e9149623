package org.psmm.core.logs;

/**
 * How a line longer than {@link LogLineParser#MAX_LINE_CHARS} bytes is read: its first {@link #HEAD}
 * bytes, an ellipsis, and its last {@link #TAIL} bytes. Every server writes its fixed text and the
 * client's address at the start (timestamp, program, pid) or at the end of its message ({@code from
 * ADDR port N}, {@code Client "ADDR"}, {@code , client: ADDR, server: ...}, {@code 'U'@'H'}), and
 * what makes a line that long is the client's own text in between: a user name of 100 KiB. So the
 * cut line still gives the failure and its real address, with a user that is only a part of the one
 * sent (marked {@link ParsedFailure#userCut()}). An attacker cannot make an attempt vanish by its length.
 */
public final class LongLines {

    /** The head kept: timestamps, syslog tags and the message's start fit in far less. */
    public static final int HEAD = 8 * 1024;
    /** What joins head and tail: U+2026 in UTF-8 (never part of any parser's fixed text). */
    static final byte[] ELLIPSIS = {(byte) 0xe2, (byte) 0x80, (byte) 0xa6};
    /**
     * The tail kept: nginx's request, Host and Referer fields follow the address and are at most
     * 8 KiB each by default (large_client_header_buffers); the whole cut line stays within the limit.
     */
    public static final int TAIL = LogLineParser.MAX_LINE_CHARS - HEAD - ELLIPSIS.length;

    private LongLines() {
    }

    /** head[0, headLength) + ellipsis + tail[0, tailLength), as one new array. */
    static byte[] join(byte[] head, int headLength, byte[] tail, int tailLength) {
        byte[] out = new byte[headLength + ELLIPSIS.length + tailLength];
        System.arraycopy(head, 0, out, 0, headLength);
        System.arraycopy(ELLIPSIS, 0, out, headLength, ELLIPSIS.length);
        System.arraycopy(tail, 0, out, headLength + ELLIPSIS.length, tailLength);
        return out;
    }

    /** An over-long line as the readers keep it: head, ellipsis, tail. */
    static RawLine cut(RawLine line) {
        byte[] head = new byte[HEAD];
        line.copyTo(0, head, HEAD);
        byte[] tail = new byte[TAIL];
        line.copyTo(line.length() - TAIL, tail, TAIL);
        byte[] joined = join(head, HEAD, tail, TAIL);
        RawLine out = RawLine.view();
        out.set(joined, 0, joined.length);
        return out;
    }
}
