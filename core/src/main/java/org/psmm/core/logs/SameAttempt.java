package org.psmm.core.logs;

import java.time.Duration;
import java.util.Objects;

/**
 * When two failures read from two logs of one host are one attempt: PAM's line and the server's
 * own (vsftpd's {@code FAIL LOGIN}, sshd's {@code Failed password}) for the same service, client
 * address and user, a few seconds apart ({@link #WINDOW}: PAM's fail delay is about 2 s, and vsftpd
 * writes its line after it). One of the two must be read as {@link LogFormat#PAM}: two logs of the
 * server itself (two nginx vhosts, say) each see attempts of their own. Each line is the twin of
 * at most one other, so three attempts in a row stay three.
 */
public final class SameAttempt {

    /** How far apart the two lines of one attempt may be. */
    public static final Duration WINDOW = Duration.ofSeconds(5);

    private SameAttempt() {
    }

    /** Whether failures of these two formats, from two logs of one host, may be one attempt. */
    public static boolean formatsPair(LogFormat a, LogFormat b) {
        return (a == LogFormat.PAM) != (b == LogFormat.PAM);
    }

    /** Whether a and b, read from two different logs of one host, are one attempt. */
    public static boolean twins(ParsedFailure a, ParsedFailure b) {
        return formatsPair(a.format(), b.format()) && a.service().equals(b.service()) && a.ip().equals(b.ip())
                && Objects.equals(a.user(), b.user()) && a.instant() != null && b.instant() != null
                && Duration.between(a.instant(), b.instant()).abs().compareTo(WINDOW) <= 0;
    }
}
