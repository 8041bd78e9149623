package org.psmm.core.logs;

import java.util.List;
import java.util.Optional;

/**
 * Turns one log line into an auth failure, or into nothing.
 *
 * <p>Contract shared by every format: {@code parse} never throws (a malformed, binary or hostile line
 * gives {@link Optional#empty()}), reads a line longer than {@link #MAX_LINE_CHARS} as its head and
 * tail ({@link LongLines}: the failure is kept, its user marked cut), checks a cheap literal before
 * any pattern work, and takes the client address from where the server writes it, never from the
 * user-controlled part of the line.
 *
 * <p>An instance reads one stream, in order: some formats (sshd) remember what earlier lines of a
 * connection said. Get a fresh instance per file from {@link LogFormat#newParser()}. Not thread-safe.
 */
public interface LogLineParser {

    /** Longer lines are kept as their head and tail by the line readers and the parsers (see {@link LongLines}). */
    int MAX_LINE_CHARS = 64 * 1024;

    /**
     * @param line one line as the server wrote it, without its line terminator
     * @param ctx  the host's time zone, the clock and an optional fixed year for year-less timestamps
     * @return the failure this line reports, or empty
     */
    Optional<ParsedFailure> parse(RawLine line, ParseContext ctx);

    /** The same for a line held as text (a journal message, a test's line): read as its UTF-8 bytes. */
    default Optional<ParsedFailure> parse(String line, ParseContext ctx) {
        return line == null ? Optional.empty() : parse(RawLine.of(line), ctx);
    }

    /**
     * A line as a reader gives it: where the reader cut it ({@link LogLineReader#truncated()}), the
     * failure it gives is marked cut.
     */
    default Optional<ParsedFailure> parse(RawLine line, boolean cut, ParseContext ctx) {
        Optional<ParsedFailure> failure = parse(line, ctx);
        return cut ? failure.map(ParsedFailure::cut) : failure;
    }

    /** The format this parser reads. */
    LogFormat format();

    /**
     * ASCII literals one of which every line this parser reports or learns from contains; empty where
     * there is no short list (sshd also reads bare messages of many kinds). Lets a reader skip lines
     * on their raw bytes ({@link LogLineReader#containsAny}); parse checks them itself anyway.
     */
    default List<String> literals() {
        return List.of();
    }
}
