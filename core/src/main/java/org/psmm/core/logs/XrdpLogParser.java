package org.psmm.core.logs;

import java.util.List;
import java.util.Optional;

/**
 * xrdp-sesman: {@code [YYYYMMDD-HH:MM:SS] [INFO ] AUTHFAIL: user=U ip=A time=N}, in its own log or
 * through syslog. U is the client's and may hold " ip=" and more: A is read from the end of the
 * line, where sesman writes it just before {@code time=} and the epoch seconds.
 */
public final class XrdpLogParser extends AbstractLineParser {

    private static final String AUTHFAIL = "AUTHFAIL: user=";

    private static final List<String> LITERALS = List.of(AUTHFAIL);

    private final StampCache ownStamps = new StampCache(StampCache.COMPACT);

    public XrdpLogParser() {
        super(LogFormat.XRDP);
    }

    @Override
    public List<String> literals() {
        return LITERALS;
    }

    @Override
    Optional<ParsedFailure> parseLine(RawLine s, ParseContext ctx) {
        if (!s.contains(AUTHFAIL)) {
            return Optional.empty();
        }
        LineTime time;
        int p;
        if (Timestamps.at(s, 0, '[')) {
            time = ownStamps.read(s, 1);
            if (time == null || !s.startsWith("] ", time.end())) {
                return Optional.empty();
            }
            p = time.end() + 2;
        } else {
            SyslogEnvelope env = envelope(s);
            if (env == null || !env.programStartsWith("xrdp")) {
                return Optional.empty();
            }
            time = env.time();
            p = env.messageStart();
        }
        // The level: "[INFO ] ".
        if (!Timestamps.at(s, p, '[')) {
            return Optional.empty();
        }
        int close = s.indexOf("] ", p);
        if (close < 0 || close - p > 8) {
            return Optional.empty();
        }
        p = close + 2;
        if (!s.startsWith(AUTHFAIL, p)) {
            return Optional.empty();
        }
        int timeField = s.lastIndexOf(" time=");
        int q = timeField + 6;
        while (Timestamps.digit(s, q) >= 0) {
            q++;
        }
        if (timeField < 0 || q == timeField + 6 || q != s.length()) {
            return Optional.empty();
        }
        int ip = s.lastIndexOf(" ip=", timeField);
        int userStart = p + AUTHFAIL.length();
        if (ip < userStart - 1 || ClientAddresses.addressEnd(s, ip + 4) != timeField) {
            return Optional.empty();
        }
        return failure(ctx, FailureKind.AUTH, s.substring(userStart, Math.max(ip, userStart)),
                s.substring(ip + 4, timeField), time);
    }
}
