package org.psmm.core.logs;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * PAM's own failure lines, whatever server authenticates through it, in auth.log or the journal:
 * {@code prog[pid]: pam_unix(SERVICE:auth): authentication failure; logname= uid= euid= tty= ruser=R
 * rhost=H [ user=U]} (and the older {@code prog: (pam_unix) authentication failure; ...} and
 * {@code prog(pam_unix)[pid]: authentication failure; ...}). Only lines with a remote host are
 * reported: {@code su} or {@code sudo} at a console name none.
 *
 * <p>The service is the PAM service name in the module's tag (else the program's): vsftpd and the
 * other FTP daemons give {@code ftp}, sshd {@code ssh}, and so on ({@link #service}). Fields are read
 * as {@link PamAuthFailure} says: R and U are the client's, H is taken where only pam_unix can have
 * written it. The envelope, the tag and the marker come first and are the daemon's: a line whose
 * message does not start with them is not read, so a marker quoted inside another message (an FTP
 * command, a user name) is never taken for one.
 */
public final class PamLogParser extends AbstractLineParser {

    private static final List<String> LITERALS = List.of(PamAuthFailure.MARKER);
    /** The service column holds 16 characters. */
    private static final int SERVICE_MAX = 16;

    public PamLogParser() {
        super(LogFormat.PAM);
    }

    @Override
    public List<String> literals() {
        return LITERALS;
    }

    @Override
    Optional<ParsedFailure> parseLine(RawLine s, ParseContext ctx) {
        if (!s.contains(PamAuthFailure.MARKER)) {
            return Optional.empty();
        }
        SyslogEnvelope env = envelope(s);
        if (env == null) {
            return Optional.empty();
        }
        int m = env.messageStart();
        int marker = PamAuthFailure.markerAt(s, m);
        if (marker < 0) {
            return Optional.empty();
        }
        PamAuthFailure failure = PamAuthFailure.parse(s, marker);
        if (failure == null || failure.rhost().isEmpty()) {
            return Optional.empty();
        }
        String pamService = null;
        if (s.startsWith("pam_", m)) {
            // "pam_unix(vsftpd:auth): ": the service is between '(' and ':'.
            int open = s.indexOf('(', m);
            int colon = s.indexOf(':', open + 1);
            if (open > 0 && colon > open + 1 && colon < marker) {
                pamService = s.substring(open + 1, colon);
            }
        }
        if (pamService == null) {
            pamService = env.program();
        }
        return ctx.failure(format(), service(pamService), FailureKind.AUTH, failure.user(),
                ClientAddresses.normalize(failure.rhost()), env.time());
    }

    /**
     * PSMM's service for a PAM service or program name: the ones PSMM reads otherwise keep their
     * usual name ({@code ftp}, {@code ssh}, {@code mariadb}, {@code web}, {@code rdp}); others keep
     * their own name, lower-cased, cut at the first character that is not a letter, digit, '-' or
     * '_', and at {@value #SERVICE_MAX} characters ({@code pam} where nothing is left).
     */
    static String service(String pamService) {
        String name = pamService == null ? "" : pamService.toLowerCase(Locale.ROOT);
        int paren = name.indexOf('(');
        if (paren >= 0) {
            name = name.substring(0, paren);
        }
        switch (name) {
            case "sshd":
            case "sshd-session":
            case "ssh":
                return "ssh";
            case "vsftpd":
            case "proftpd":
            case "pure-ftpd":
            case "pureftpd":
            case "wu-ftpd":
            case "ftpd":
            case "ftp":
                return "ftp";
            case "mysql":
            case "mysqld":
            case "mariadb":
            case "mariadbd":
                return "mariadb";
            case "httpd":
            case "apache":
            case "apache2":
            case "nginx":
                return "web";
            case "xrdp":
            case "xrdp-sesman":
                return "rdp";
            default:
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < name.length() && b.length() < SERVICE_MAX; i++) {
                    char c = name.charAt(i);
                    if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
                        b.append(c);
                    } else {
                        break;
                    }
                }
                return b.length() == 0 ? "pam" : b.toString();
        }
    }
}
