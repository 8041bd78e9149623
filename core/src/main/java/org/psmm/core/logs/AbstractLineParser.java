package org.psmm.core.logs;

import java.util.Optional;

/** The guards every parser shares: no null, an over-long line read cut (see LongLines), and no exception ever leaves parse. */
abstract class AbstractLineParser implements LogLineParser {

    private final LogFormat format;
    /** The syslog stamps of this parser's stream (see {@link StampCache}). */
    final StampCache syslogStamps = new StampCache(StampCache.SYSLOG);

    AbstractLineParser(LogFormat format) {
        this.format = format;
    }

    @Override
    public final LogFormat format() {
        return format;
    }

    @Override
    public final Optional<ParsedFailure> parse(RawLine line, ParseContext ctx) {
        if (line == null || line.isEmpty()) {
            return Optional.empty();
        }
        if (line.length() > MAX_LINE_CHARS) {
            // Read as the line readers keep such a line, never skipped: see LongLines.
            return parse(LongLines.cut(line), ctx).map(ParsedFailure::cut);
        }
        try {
            Optional<ParsedFailure> failure = parseLine(line, ctx);
            if (failure.isEmpty() && containsRepeated(line)) {
                RawLine inner = unrepeated(line);
                if (inner != null) {
                    failure = parseLine(inner, ctx);
                }
            }
            return failure;
        } catch (RuntimeException e) {
            // A line that trips a parser is a line we cannot trust: drop it, keep reading.
            return Optional.empty();
        }
    }

    private static final String REPEATED = ": message repeated ";
    /** The index of the 'g' in {@link #REPEATED}, a letter rarer in log lines than ':'. */
    private static final int REPEATED_G = REPEATED.indexOf('g');

    /**
     * line.contains(REPEATED), sought by its 'g': a search by the literal's first character would
     * stop at every ':' of a line's timestamp.
     */
    static boolean containsRepeated(RawLine line) {
        for (int g = line.indexOf('g', REPEATED_G); g >= 0; g = line.indexOf('g', g + 1)) {
            if (line.startsWith(REPEATED, g - REPEATED_G)) {
                return true;
            }
        }
        return false;
    }

    /**
     * rsyslog folds identical messages: {@code host sshd[1]: message repeated 2 times: [ Failed
     * password ...]}. The line without the fold, or null; one failure is reported for it.
     */
    static RawLine unrepeated(RawLine line) {
        int r = line.indexOf(REPEATED);
        int p = r + REPEATED.length();
        int digits = p;
        while (Timestamps.digit(line, p) >= 0) {
            p++;
        }
        if (p == digits || !line.startsWith(" times: [ ", p) || !line.endsWith("]")) {
            return null;
        }
        return RawLine.of(line.substring(0, r + 2) + line.substring(p + 10, line.length() - 1));
    }

    /** Parses a line of at most {@link #MAX_LINE_CHARS} characters. */
    abstract Optional<ParsedFailure> parseLine(RawLine line, ParseContext ctx);

    Optional<ParsedFailure> failure(ParseContext ctx, FailureKind kind, String user, String ip, LineTime time) {
        return ctx.failure(format, kind, user, ClientAddresses.normalize(ip), time);
    }

    SyslogEnvelope envelope(RawLine s) {
        return SyslogEnvelope.parse(s, syslogStamps);
    }

    /** The index after {@code " port N"} at p, or p where there is none. */
    static int skipPort(RawLine s, int p) {
        if (s.startsWith(" port ", p)) {
            int q = p + 6;
            while (Timestamps.digit(s, q) >= 0) {
                q++;
            }
            if (q > p + 6) {
                return q;
            }
        }
        return p;
    }

    /** Whether s from p on is only blanks. */
    static boolean blankFrom(RawLine s, int p) {
        for (int i = p; i < s.length(); i++) {
            if (s.charAt(i) != ' ' && s.charAt(i) != '\t') {
                return false;
            }
        }
        return true;
    }
}
