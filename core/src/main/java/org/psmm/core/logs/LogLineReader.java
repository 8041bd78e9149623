package org.psmm.core.logs;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Splits a byte stream into lines and tells where each starts, in bytes: the batch job keys a failure
 * by file and byte offset, and resumes from a checkpoint offset.
 *
 * <p>Streams with a fixed buffer: a line longer than {@link LogLineParser#MAX_LINE_CHARS} bytes keeps
 * its first {@link LongLines#HEAD} and last {@link LongLines#TAIL} bytes around an ellipsis (see
 * {@link LongLines}) and is flagged {@link #truncated()}; its middle is skipped without being kept. Lines end
 * with LF (a CR before it is dropped); the last line may lack it. Bytes are decoded as UTF-8,
 * leniently: a malformed sequence becomes U+FFFD, never an exception, and only when {@link #line()}
 * asks: {@link #containsAny} lets a caller skip most lines of a big log on their raw bytes.
 * Not thread-safe.
 *
 * <pre>{@code
 * try (LogLineReader r = new LogLineReader(in, checkpointOffset)) {
 *     while (r.next()) { use(r.line(), r.offset(), r.nextOffset()); }
 * }
 * }</pre>
 */
public final class LogLineReader implements Closeable {

    private static final int MAX = LogLineParser.MAX_LINE_CHARS;
    private static final int CHUNK = 64 * 1024;

    private final InputStream in;
    private final byte[] buf = new byte[MAX + CHUNK];
    private int pos;
    private int limit;
    /** Stream offset of buf[0]. */
    private long bufStart;
    private boolean eof;

    private String line;
    private final RawLine view = RawLine.view();
    /** The kept head and tail of an over-long line, when the current line is one. */
    private byte[] cutLine;
    /** The last bytes seen of the over-long line being skipped: [0, tailLength). */
    private final byte[] tail = new byte[LongLines.TAIL];
    private int tailLength;
    /** The current line's bytes: buf[lineStart, lineEnd), valid until the next call to next(). */
    private int lineStart;
    private int lineEnd;
    private long offset;
    private long nextOffset;
    private long lineNumber;
    private boolean truncated;
    private boolean unterminated;

    public LogLineReader(InputStream in) {
        this(in, 0);
    }

    /**
     * @param in          the stream, positioned at {@code startOffset}
     * @param startOffset the byte offset of the stream's first byte in the file (a checkpoint)
     */
    public LogLineReader(InputStream in, long startOffset) {
        this.in = in;
        this.bufStart = startOffset;
        this.nextOffset = startOffset;
    }

    /** Advances to the next line; false at the end of the stream. */
    public boolean next() throws IOException {
        truncated = false;
        unterminated = false;
        cutLine = null;
        while (true) {
            int nl = indexOfNewline(pos, limit);
            if (nl >= 0) {
                int end = nl > pos && buf[nl - 1] == '\r' ? nl - 1 : nl;
                if (end - pos > MAX) {
                    // Too long, but whole in the buffer: keep its head and its tail.
                    int start = pos;
                    emit(pos, nl, nl + 1);
                    tailLength = 0;
                    keepTail(Math.max(end - LongLines.TAIL, start + LongLines.HEAD), end);
                    cut(start);
                    return true;
                }
                emit(pos, nl, nl + 1);
                return true;
            }
            if (limit - pos > MAX) {
                // Too long: keep the head, then skip up to the next LF, keeping the last bytes seen.
                int start = pos;
                emit(pos, pos + MAX, pos + MAX);
                byte[] head = java.util.Arrays.copyOfRange(buf, start, start + LongLines.HEAD);
                tailLength = 0;
                keepTail(start + LongLines.HEAD, start + MAX);
                nextOffset = skipRestOfLine();
                cutLine = LongLines.join(head, head.length, tail, tailLength);
                truncated = true;
                return true;
            }
            if (eof) {
                if (pos < limit) {
                    emit(pos, limit, limit);
                    unterminated = true;
                    return true;
                }
                line = null;
                lineStart = 0;
                lineEnd = -1;
                return false;
            }
            fill();
        }
    }

    /** Makes the current line (at buf[start, ...)) its head and the tail kept so far. */
    private void cut(int start) {
        cutLine = LongLines.join(java.util.Arrays.copyOfRange(buf, start, start + LongLines.HEAD), LongLines.HEAD,
                tail, tailLength);
        truncated = true;
    }

    /** Appends buf[from, to) to the kept tail, which holds at most the last {@link LongLines#TAIL} bytes. */
    private void keepTail(int from, int to) {
        int n = to - from;
        if (n <= 0) {
            return;
        }
        if (n >= tail.length) {
            System.arraycopy(buf, to - tail.length, tail, 0, tail.length);
            tailLength = tail.length;
            return;
        }
        int keep = Math.min(tailLength, tail.length - n);
        System.arraycopy(tail, tailLength - keep, tail, 0, keep);
        System.arraycopy(buf, from, tail, keep, n);
        tailLength = keep + n;
    }

    /** The first LF in buf[from, to) (RawLine looks at eight bytes at a time). */
    private int indexOfNewline(int from, int to) {
        view.set(buf, from, to);
        int nl = view.indexOf('\n');
        return nl < 0 ? -1 : from + nl;
    }

    private void emit(int start, int end, int after) {
        int e = after == end + 1 && end > start && buf[end - 1] == '\r' ? end - 1 : end;
        line = null;
        lineStart = start;
        lineEnd = e;
        offset = bufStart + start;
        nextOffset = bufStart + after;
        lineNumber++;
        pos = after;
    }

    /**
     * Consumes bytes up to and including the next LF, keeping the last of them (without the LF and
     * a CR before it) in {@link #tail}; returns the stream offset after it.
     */
    private long skipRestOfLine() throws IOException {
        while (true) {
            int nl = indexOfNewline(pos, limit);
            if (nl >= 0) {
                keepTail(pos, nl);
                if (tailLength > 0 && tail[tailLength - 1] == '\r') {
                    tailLength--;
                }
                pos = nl + 1;
                return bufStart + pos;
            }
            keepTail(pos, limit);
            bufStart += limit;
            pos = 0;
            limit = 0;
            if (eof) {
                unterminated = true;
                return bufStart;
            }
            fill();
        }
    }

    /** Moves unread bytes to the front and reads one chunk after them. */
    private void fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            bufStart += pos;
            limit -= pos;
            pos = 0;
        }
        int n = in.read(buf, limit, Math.min(CHUNK, buf.length - limit));
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
    }

    /**
     * True when the current line is the stream's last and no LF ends it: in a live log, a line
     * still being written, which a reader resuming later must read whole.
     */
    public boolean unterminated() {
        return unterminated;
    }

    /**
     * The current line's bytes, without its terminator, undecoded: valid until the next call to
     * {@link #next()}, and the same object each time.
     */
    public RawLine bytes() {
        if (cutLine != null) {
            view.set(cutLine, 0, cutLine.length);
            return view;
        }
        view.set(buf, lineStart, Math.max(lineEnd, lineStart));
        return view;
    }

    /** The current line, without its terminator (an over-long one as its head, an ellipsis and its tail). */
    public String line() {
        if (line == null && lineEnd >= lineStart) {
            line = bytes().toString();
        }
        return line;
    }

    /**
     * Whether the current line's raw bytes contain one of these ASCII literals: a pre-filter that
     * costs no decoding. Matches exactly where the decoded line would contain the literal.
     */
    public boolean containsAny(List<String> literals) {
        RawLine raw = bytes();
        for (int i = 0; i < literals.size(); i++) {
            if (raw.contains(literals.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** The byte offset of the current line's first byte. */
    public long offset() {
        return offset;
    }

    /** The byte offset just after the current line and its terminator: where to resume. */
    public long nextOffset() {
        return nextOffset;
    }

    /** Copies the current line's bytes to dst at at; {@link #length()} of them. */
    public void copyTo(byte[] dst, int at) {
        if (cutLine != null) {
            System.arraycopy(cutLine, 0, dst, at, cutLine.length);
            return;
        }
        System.arraycopy(buf, lineStart, dst, at, length());
    }

    /** The current line's length in bytes, without its terminator. */
    public int length() {
        return cutLine != null ? cutLine.length : Math.max(lineEnd - lineStart, 0);
    }

    /** The current line's number, 1-based, counted from where this reader started. */
    public long lineNumber() {
        return lineNumber;
    }

    /**
     * Whether the current line was longer than {@link LogLineParser#MAX_LINE_CHARS} bytes and cut to
     * its head and tail: a failure it gives has a cut user ({@link ParsedFailure#cut()}).
     */
    public boolean truncated() {
        return truncated;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
