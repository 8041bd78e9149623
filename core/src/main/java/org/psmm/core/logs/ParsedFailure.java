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
 */
public record ParsedFailure(LogFormat format, FailureKind kind, String user, String ip,
                            LocalDateTime localTime, Instant instant) {

    public ParsedFailure {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(ip, "ip");
    }

    /**
     * The same failure at another moment: a journal entry's own time, which wins over any stamp in
     * its message. The local time is that moment in the host's zone, to the second, as logs write it.
     */
    public ParsedFailure at(Instant at, ZoneId zone) {
        return new ParsedFailure(format, kind, user, ip,
                LocalDateTime.ofInstant(at, zone).truncatedTo(ChronoUnit.SECONDS), at);
    }

    /** The service that was attacked: {@code ssh}, {@code ftp}, {@code web}, {@code mariadb}, {@code rdp}. */
    public String service() {
        return format.service();
    }
}
