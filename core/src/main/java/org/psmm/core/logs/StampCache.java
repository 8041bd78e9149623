package org.psmm.core.logs;

/**
 * The last timestamp a parser read, with the text it was read from: a burst of lines shares its
 * stamp, and comparing the text is cheaper than reading it again. One per parser (not thread-safe).
 */
final class StampCache {

    /** Reads a stamp at a position of a line; null where there is none. */
    interface Reader {
        LineTime read(RawLine line, int at);
    }

    // The readers are classes, not method references: linking a lambda costs psmm-logcheck several
    // milliseconds of start-up per call site, a visible share of a one-second run.

    static final Reader SYSLOG = new Reader() {
        @Override
        public LineTime read(RawLine line, int at) {
            return SyslogEnvelope.readStamp(line, at);
        }
    };

    static final Reader CTIME = new Reader() {
        @Override
        public LineTime read(RawLine line, int at) {
            return Timestamps.ctime(line, at);
        }
    };

    static final Reader SLASHED = new Reader() {
        @Override
        public LineTime read(RawLine line, int at) {
            return Timestamps.slashed(line, at);
        }
    };

    static final Reader COMPACT = new Reader() {
        @Override
        public LineTime read(RawLine line, int at) {
            return Timestamps.compact(line, at);
        }
    };

    private final Reader reader;
    private int lastAt = -1;
    private LineTime last;
    /** The bytes the last stamp was read from, and the one after it (where the line goes on). */
    private final byte[] lastBytes = new byte[64];
    private int lastLength;

    StampCache(Reader reader) {
        this.reader = reader;
    }

    /** The stamp at {@code at}, from the cache when the previous line had the same bytes there. */
    LineTime read(RawLine line, int at) {
        LineTime t = last;
        if (t != null && at == lastAt && Math.min(t.end() + 1, line.length()) - at == lastLength
                && line.regionEquals(at, lastBytes, lastLength)) {
            return t;
        }
        t = reader.read(line, at);
        if (t != null) {
            int n = Math.min(t.end() + 1, line.length()) - at;
            if (n <= lastBytes.length) {
                line.copyTo(at, lastBytes, n);
                lastLength = n;
                lastAt = at;
                last = t;
            } else {
                last = null;
            }
        }
        return t;
    }
}
