package org.psmm.core.logs;

import java.util.List;
import java.util.Optional;

/**
 * WU-FTPD through syslog: {@code wu-ftpd[pid]: failed login from name [addr]} (the address in the
 * brackets that end the line), and pam_unix's {@code authentication failure} lines it causes.
 */
public final class WuFtpdLogParser extends AbstractLineParser {

    private static final String FAILED = "failed login from ";

    private static final List<String> LITERALS = List.of("ftpd");

    public WuFtpdLogParser() {
        super(LogFormat.WUFTPD);
    }

    @Override
    public List<String> literals() {
        return LITERALS;
    }

    @Override
    Optional<ParsedFailure> parseLine(RawLine s, ParseContext ctx) {
        if (!s.contains("ftpd")) {
            return Optional.empty();
        }
        SyslogEnvelope env = envelope(s);
        if (env == null || !(env.programStartsWith("wu-ftpd") || env.programIs("ftpd"))) {
            return Optional.empty();
        }
        int m = env.messageStart();
        if (s.startsWith(FAILED, m)) {
            int end = s.length();
            while (end > m && s.charAt(end - 1) == ' ') {
                end--;
            }
            int open = s.lastIndexOf(" [", end);
            if (open < m || s.charAt(end - 1) != ']' || ClientAddresses.addressEnd(s, open + 2) != end - 1) {
                return Optional.empty();
            }
            return failure(ctx, FailureKind.AUTH, null, s.substring(open + 2, end - 1), env.time());
        }
        int pam = PamAuthFailure.markerAt(s, m);
        if (pam >= 0) {
            PamAuthFailure failure = PamAuthFailure.parse(s, pam);
            return failure == null ? Optional.empty()
                    : failure(ctx, FailureKind.AUTH, failure.user(), failure.rhost(), env.time());
        }
        return Optional.empty();
    }
}
