package org.psmm.core.logs;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One failed or refused login read from a log line.
 *
 * @param format    the log format that was read
 * @param kind      what happened
 * @param user      the user name as the server logged it, or null where the line does not say
 * @param ip        the client: an address without {@code ::ffff:} or brackets, or the host name where
 *                  the server logged a name (MariaDB's {@code 'bob'@'localhost'} gives {@code localhost})
 * @param localTime the time in the host's zone: as written, or converted to the host's zone where the
 *                  line carries its own UTC offset; null for a line without a timestamp
 * @param instant   the same moment as a UTC instant; null where localTime is null
 * @param service   the attacked service: the format's, or for PAM lines the one the PAM service names
 * @param userCut   the line was longer than {@link LogLineParser#MAX_LINE_CHARS} and its middle (where
 *                  the user name usually sits) was cut out: the user is only part of what was sent
 */
public record ParsedFailure(LogFormat format, FailureKind kind, String user, String ip,
                            LocalDateTime localTime, Instant instant, String service, boolean userCut) {

    /** Longest user name kept from a cut line: the column holds 255 characters. */
    static final int CUT_USER_MAX = 255;

    public ParsedFailure {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(ip, "ip");
        service = service == null ? format.service() : service;
    }

    /** A failure of the format's own service, from a line read whole. */
    public ParsedFailure(LogFormat format, FailureKind kind, String user, String ip, LocalDateTime localTime,
                         Instant instant) {
        this(format, kind, user, ip, localTime, instant, format.service(), false);
    }

    /**
     * The same failure at another moment: a journal entry's own time, which wins over any stamp in
     * its message. The local time is that moment in the host's zone, to the second, as logs write it.
     */
    public ParsedFailure at(Instant at, ZoneId zone) {
        return new ParsedFailure(format, kind, user, ip,
                LocalDateTime.ofInstant(at, zone).truncatedTo(ChronoUnit.SECONDS), at, service, userCut);
    }

    /**
     * The same failure read from a line whose middle was cut: the user is marked cut (and shortened
     * to {@value #CUT_USER_MAX} characters, ending with an ellipsis); address and time stay as read.
     */
    public ParsedFailure cut() {
        String u = user;
        if (u != null && u.length() > CUT_USER_MAX) {
            u = u.substring(0, CUT_USER_MAX - 1) + '\u2026';
        }
        return new ParsedFailure(format, kind, u, ip, localTime, instant, service, true);
    }
}
