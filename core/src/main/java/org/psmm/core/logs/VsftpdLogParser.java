package org.psmm.core.logs;

import java.util.List;
import java.util.Optional;

/**
 * vsftpd: its own log ({@code Www Mmm dd HH:MM:SS YYYY [pid N] [user] FAIL LOGIN: Client "addr"[, "why"]}),
 * the same message through syslog, and pam_unix's {@code authentication failure} lines it causes.
 *
 * <p>The user name sits before the address and may hold {@code ] FAIL LOGIN: Client "...}: the address
 * is taken from the last such marker, whose remainder (address, server's reason) must end the line.
 */
public final class VsftpdLogParser extends AbstractLineParser {

    private static final String FAIL_LOGIN = "] FAIL LOGIN: Client \"";
    /** What ends each of vsftpd's message names, before the client's address. */
    private static final String PROTOCOL_CLIENT = ": Client \"";

    private static final List<String> LITERALS = List.of(FAIL_LOGIN, PamAuthFailure.MARKER);

    private final StampCache ownStamps = new StampCache(StampCache.CTIME);

    public VsftpdLogParser() {
        super(LogFormat.VSFTPD);
    }

    @Override
    public List<String> literals() {
        return LITERALS;
    }

    @Override
    Optional<ParsedFailure> parseLine(RawLine s, ParseContext ctx) {
        int fail = s.indexOf(FAIL_LOGIN);
        if (fail >= 0) {
            return failLogin(s, s.lastIndexOf(FAIL_LOGIN), ctx);
        }
        if (s.contains(PamAuthFailure.MARKER)) {
            SyslogEnvelope env = envelope(s);
            int pam = env == null || !env.programStartsWith("vsftpd") ? -1 : PamAuthFailure.markerAt(s, env.messageStart());
            if (pam < 0) {
                return Optional.empty();
            }
            PamAuthFailure failure = PamAuthFailure.parse(s, pam);
            return failure == null ? Optional.empty()
                    : failure(ctx, FailureKind.AUTH, failure.user(), failure.rhost(), env.time());
        }
        return Optional.empty();
    }

    /**
     * The index of the first {@code : Client "} in s[from, to) that ends another of vsftpd's messages
     * ({@code ] FTP command: Client "}, {@code ] OK MKDIR: Client "}, ...), or -1.
     */
    private static int protocolField(RawLine s, int from, int to) {
        for (int i = s.indexOf(PROTOCOL_CLIENT, from); i >= 0 && i < to; i = s.indexOf(PROTOCOL_CLIENT, i + 1)) {
            int tag = s.lastIndexOf("] ", i);
            if (tag >= from - 1 && !(tag + 2 + 10 == i && s.startsWith("FAIL LOGIN", tag + 2))) {
                return i;
            }
        }
        return -1;
    }

    private Optional<ParsedFailure> failLogin(RawLine s, int fail, ParseContext ctx) {
        LineTime time;
        int p;
        LineTime own = s.charAt(0) == '[' ? null : ownStamps.read(s, 0);
        if (own != null || s.charAt(0) == '[') {
            // vsftpd's own log: ctime stamp, or none.
            time = own;
            p = own == null ? 0 : own.end() + 1;
        } else {
            SyslogEnvelope env = envelope(s);
            if (env == null || !env.programStartsWith("vsftpd")) {
                return Optional.empty();
            }
            time = env.time();
            p = env.messageStart();
        }
        if (s.startsWith("[pid ", p)) {
            int close = s.indexOf("] ", p);
            if (close < 0 || close > fail) {
                return Optional.empty();
            }
            p = close + 2;
        }
        if (!Timestamps.at(s, p, '[') || p >= fail) {
            return Optional.empty();
        }
        int a = fail + FAIL_LOGIN.length();
        int end = ClientAddresses.addressEnd(s, a);
        if (end < 0 || !Timestamps.at(s, end, '"')) {
            return Optional.empty();
        }
        FailureKind kind = FailureKind.AUTH;
        if (end + 1 < s.length()) {
            // vsftpd's own reason: ", "User is not in the allow user list."" and the like.
            if (!s.startsWith(", \"", end + 1) || !s.endsWith("\"")) {
                return Optional.empty();
            }
            if (s.indexOf("allow user list", end) > 0 || s.indexOf("denied", end) > 0) {
                kind = FailureKind.AUTHZ;
            }
        }
        String user = s.substring(p + 1, fail);
        String ip = s.substring(a, end);
        int protocol = protocolField(s, p + 1, fail);
        if (protocol >= 0) {
            // Either a protocol-log line ("[pid 1] [bob] FTP command: Client "A", "SITE x] FAIL LOGIN:
            // Client "B"") whose command forges the marker, or a real failure whose user name forges
            // a protocol line. Where both read the same client it is that client's failure; else the
            // line is kept, from the failure's address, as a probe: never lost, never a failed login.
            int q = protocol + PROTOCOL_CLIENT.length();
            int forgedEnd = ClientAddresses.addressEnd(s, q);
            if (forgedEnd < 0 || !ClientAddresses.normalize(s.substring(q, forgedEnd)).equals(ClientAddresses.normalize(ip))) {
                kind = FailureKind.PROBE;
            }
        }
        // A name holding "] FAIL LOGIN: Client "6.6.6.6" is only a name: the address is the last marker's.
        return failure(ctx, kind, user, ip, time);
    }
}
