package org.psmm.core.logs;

import java.util.List;
import java.util.Optional;

/**
 * ProFTPD, through syslog or its own SystemLog: {@code proftpd[pid] server (name[addr]): message}.
 * The address is the session's, in the server-written prefix; the message ({@code USER u (Login
 * failed): ...}, {@code USER u: no such user found from ...}, {@code SECURITY VIOLATION: root login
 * attempted}, {@code Maximum login attempts (n) exceeded}) holds the client's user name and is read
 * only for the kind and the user.
 */
public final class ProftpdLogParser extends AbstractLineParser {

    private static final String LOGIN_FAILED = " (Login failed):";
    private static final String NO_SUCH_USER = ": no such user found from ";
    private static final String VIOLATION = "SECURITY VIOLATION: ";
    private static final String MAX_ATTEMPTS = "Maximum login attempts (";

    private static final List<String> LITERALS = List.of("proftpd");

    public ProftpdLogParser() {
        super(LogFormat.PROFTPD);
    }

    @Override
    public List<String> literals() {
        return LITERALS;
    }

    @Override
    Optional<ParsedFailure> parseLine(RawLine s, ParseContext ctx) {
        if (!s.contains("proftpd")) {
            return Optional.empty();
        }
        SyslogEnvelope env = envelope(s);
        if (env == null || !env.programStartsWith("proftpd")) {
            return Optional.empty();
        }
        int p = env.messageStart();
        int space = s.indexOf(' ', p);
        if (space < 0 || !s.startsWith(" (", space)) {
            return Optional.empty();
        }
        int open = s.indexOf('[', space + 2);
        if (open < 0) {
            return Optional.empty();
        }
        int end = ClientAddresses.addressEnd(s, open + 1);
        if (end < 0 || !s.startsWith("])", end)) {
            return Optional.empty();
        }
        String ip = s.substring(open + 1, end);
        int m = end + 2;
        if (s.startsWith(": ", m) || s.startsWith(" - ", m)) {
            m += s.charAt(m) == ':' ? 2 : 3;
        } else {
            return Optional.empty();
        }
        if (s.startsWith("USER ", m)) {
            int userStart = m + 5;
            int failed = s.lastIndexOf(LOGIN_FAILED);
            if (failed >= userStart) {
                FailureKind kind = s.indexOf("ftpusers", failed) > 0 || s.indexOf("denied", failed) > 0
                        ? FailureKind.AUTHZ : FailureKind.AUTH;
                return failure(ctx, kind, s.substring(userStart, failed), ip, env.time());
            }
            int noSuch = s.lastIndexOf(NO_SUCH_USER);
            if (noSuch >= userStart) {
                return failure(ctx, FailureKind.AUTH, s.substring(userStart, noSuch), ip, env.time());
            }
            return Optional.empty();
        }
        if (s.startsWith(VIOLATION, m)) {
            int userStart = m + VIOLATION.length();
            int attempted = s.indexOf(" login attempted", userStart);
            if (attempted < 0) {
                return Optional.empty();
            }
            // proftpd writes "Root login attempted" in some versions: the login refused is root's.
            String user = s.substring(userStart, attempted);
            return failure(ctx, FailureKind.AUTHZ, user.equalsIgnoreCase("root") ? "root" : user, ip, env.time());
        }
        if (s.startsWith(MAX_ATTEMPTS, m) && s.indexOf(") exceeded", m) > 0) {
            return failure(ctx, FailureKind.AUTH, null, ip, env.time());
        }
        return Optional.empty();
    }
}
