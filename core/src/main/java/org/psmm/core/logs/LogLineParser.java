package org.psmm.core.logs;

import java.util.List;
import java.util.Optional;

/**
 * Turns one log line into an auth failure, or into nothing.
 *
 * <p>Contract shared by every format: {@code parse} never throws (a malformed, binary or hostile line
 * gives {@link Optional#empty()}), rejects lines longer than {@link #MAX_LINE_CHARS} (no server writes
 * them as one message, and the part a server appends last — usually the client address — is missing
 * from a cut line), checks a cheap literal before any pattern work, and takes the client address from
 * where the server writes it, never from the user-controlled part of the line.
 *
 * <p>An instance reads one stream, in order: some formats (sshd) remember what earlier lines of a
 * connection said. Get a fresh instance per file from {@link LogFormat#newParser()}. Not thread-safe.
 */
public interface LogLineParser {

    /** Longer lines are cut by the line reader and ignored by the parsers. */
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
