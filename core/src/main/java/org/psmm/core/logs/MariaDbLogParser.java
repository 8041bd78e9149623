package org.psmm.core.logs;

import java.util.List;
import java.util.Optional;

/**
 * MariaDB and MySQL error logs: {@code Access denied for user 'U'@'H' [(using password: YES|NO)]}, with
 * any of the prefixes these servers have written — MySQL 5.1's {@code YYMMDD H:MM:SS}, 5.6's
 * {@code YYYY-MM-DD HH:MM:SS thread}, 5.7/8.0's ISO stamp with {@code [MY-010926] [Server]}, MariaDB
 * 10's double-spaced stamp and long thread id — optionally wrapped by syslog or the journal, or none.
 *
 * <p>H is the server's own view of the client (an address, or a name without skip-name-resolve),
 * reported as the ip. U is the client's, and may hold quotes: H is read from the end of the line,
 * which must end with the host's closing quote or the {@code (using password: ...)} note.
 */
public final class MariaDbLogParser extends AbstractLineParser {

    private static final String ACCESS_DENIED = "Access denied for user '";
    /** A client that connected and left without logging in; MariaDB fills db and user itself. */
    private static final String ABORTED_UNAUTHENTICATED = "to db: 'unconnected' user: 'unauthenticated' host: '";
    private static final String USING_YES = " (using password: YES)";
    private static final String USING_NO = " (using password: NO)";

    private static final List<String> LITERALS = List.of(ACCESS_DENIED, ABORTED_UNAUTHENTICATED);

    private final StampCache ownStamps = new StampCache(new StampCache.Reader() {
        @Override
        public LineTime read(RawLine line, int at) {
            return readStamp(line, at);
        }
    });

    public MariaDbLogParser() {
        super(LogFormat.MARIADB);
    }

    @Override
    public List<String> literals() {
        return LITERALS;
    }

    @Override
    Optional<ParsedFailure> parseLine(RawLine s, ParseContext ctx) {
        int m = s.indexOf(ACCESS_DENIED);
        if (m < 0) {
            return aborted(s, ctx);
        }
        LineTime[] time = new LineTime[1];
        if (!prefixEndsAt(s, m, time)) {
            return Optional.empty();
        }
        int end = s.length();
        while (end > m && s.charAt(end - 1) == ' ') {
            end--;
        }
        if (s.startsWith(USING_YES, end - USING_YES.length())) {
            end -= USING_YES.length();
        } else if (s.startsWith(USING_NO, end - USING_NO.length())) {
            end -= USING_NO.length();
        }
        int userStart = m + ACCESS_DENIED.length();
        if (end - 1 <= userStart || s.charAt(end - 1) != '\'') {
            return Optional.empty();
        }
        int at = s.lastIndexOf("'@'", end - 2);
        if (at < userStart || ClientAddresses.addressOrHostEnd(s, at + 3) != end - 1) {
            return Optional.empty();
        }
        return failure(ctx, FailureKind.AUTH, s.substring(userStart, at), s.substring(at + 3, end - 1), time[0]);
    }

    /**
     * {@code Aborted connection N to db: 'unconnected' user: 'unauthenticated' host: 'H' (reason)}: a
     * client that never authenticated, such as a scanner — {@code probe}.
     */
    private Optional<ParsedFailure> aborted(RawLine s, ParseContext ctx) {
        int a = s.indexOf(ABORTED_UNAUTHENTICATED);
        if (a < 0) {
            return Optional.empty();
        }
        int m = s.lastIndexOf("Aborted connection ", a);
        LineTime[] time = new LineTime[1];
        if (m < 0 || !prefixEndsAt(s, m, time)) {
            return Optional.empty();
        }
        int hostStart = a + ABORTED_UNAUTHENTICATED.length();
        int hostEnd = ClientAddresses.addressOrHostEnd(s, hostStart);
        if (hostEnd < 0 || !s.startsWith("' (", hostEnd) || !s.endsWith(")")) {
            return Optional.empty();
        }
        return failure(ctx, FailureKind.PROBE, null, s.substring(hostStart, hostEnd), time[0]);
    }

    /**
     * Whether s[0, m) is a prefix the server writes: nothing, or [syslog envelope of mysqld/mariadbd]
     * [stamp [thread id]] [{@code [Level]}] [{@code [MY-nnnnnn] [Subsystem]}]. The innermost stamp wins.
     */
    /** MySQL 5.6+ and MariaDB's ISO-like stamp, or MySQL 5.1's {@code YYMMDD H:MM:SS}. */
    private static LineTime readStamp(RawLine s, int p) {
        LineTime t = Timestamps.iso(s, p);
        return t != null ? t : Timestamps.mysqlShort(s, p);
    }

    private boolean prefixEndsAt(RawLine s, int m, LineTime[] time) {
        int p = 0;
        if (m == 0) {
            return true;
        }
        SyslogEnvelope env = envelope(s);
        if (env != null && (env.programStartsWith("mysql") || env.programStartsWith("mariadb"))) {
            time[0] = env.time();
            p = env.messageStart();
        }
        if (Timestamps.digit(s, p) >= 0) {
            LineTime t = ownStamps.read(s, p);
            if (t == null || !Timestamps.at(s, t.end(), ' ')) {
                return false;
            }
            time[0] = t;
            p = t.end() + 1;
            int q = p;
            while (Timestamps.digit(s, q) >= 0) {
                q++;
            }
            if (q > p && Timestamps.at(s, q, ' ')) {
                p = q + 1;
            }
        }
        for (int field = 0; field < 3 && p < m && s.charAt(p) == '['; field++) {
            int close = s.indexOf("] ", p);
            if (close < 0 || close > m || close - p > 24) {
                return false;
            }
            p = close + 2;
        }
        return p == m;
    }
}
