package org.psmm.core.logs;

import java.util.List;
import java.util.Optional;

/**
 * Pure-FTPd through syslog: {@code pure-ftpd: (account@host) [WARNING] Authentication failed for user
 * [name]}. The host is the server's view of the client (after the last '@' of the session tag, which
 * the message must follow directly); the name in brackets, the client's, ends the line.
 */
public final class PureFtpdLogParser extends AbstractLineParser {

    private static final String FAILED = ") [WARNING] Authentication failed for user [";

    private static final List<String> LITERALS = List.of(FAILED);

    public PureFtpdLogParser() {
        super(LogFormat.PUREFTPD);
    }

    @Override
    public List<String> literals() {
        return LITERALS;
    }

    @Override
    Optional<ParsedFailure> parseLine(RawLine s, ParseContext ctx) {
        int failed = s.indexOf(FAILED);
        if (failed < 0 || !s.endsWith("]")) {
            return Optional.empty();
        }
        SyslogEnvelope env = envelope(s);
        if (env == null || !env.programStartsWith("pure-ftpd") || !Timestamps.at(s, env.messageStart(), '(')) {
            return Optional.empty();
        }
        // The session tag "(account@host)" ends at its first ") ": the message must follow it directly,
        // so a copy of the message inside the user name (which comes later) is not taken for it.
        int tagEnd = s.indexOf(") ", env.messageStart());
        int at = s.lastIndexOf('@', tagEnd);
        if (tagEnd != failed || at < env.messageStart() || ClientAddresses.addressOrHostEnd(s, at + 1) != failed) {
            return Optional.empty();
        }
        int userStart = failed + FAILED.length();
        return failure(ctx, FailureKind.AUTH, s.substring(userStart, s.length() - 1), s.substring(at + 1, failed),
                env.time());
    }
}
