package org.psmm.core.logs;

import java.util.List;
import java.util.Optional;

/**
 * nginx's error log: {@code YYYY/MM/DD HH:MM:SS [error] pid#tid: *cid message, client: addr, server:
 * name, request: "...", host: "..."}, with the messages of basic auth ({@code user "U" was not found in
 * "file"}, {@code user "U": password mismatch}) and of the PAM module ({@code PAM: user 'U' - not
 * authenticated: ...}); also wrapped by syslog or the journal.
 *
 * <p>nginx writes U (from the client's Authorization header) unescaped before the client address, and
 * the request line, Host and Referer after it. The address is taken from the first {@code , client: }
 * whose remainder is exactly nginx's own suffix — server name, then the quoted request, host and
 * referrer fields, then the end of the line — so a forged suffix inside U, followed by the real one,
 * does not fit.
 */
public final class NginxErrorLogParser extends AbstractLineParser {

    private static final String CLIENT = ", client: ";
    private static final String BASIC_USER = "user \"";
    private static final String PAM_USER = "PAM: user '";
    private static final String[] QUOTED_FIELDS = {", request: \"", ", subrequest: \"", ", upstream: \"",
        ", host: \"", ", referrer: \""};

    private static final List<String> LITERALS = List.of(CLIENT);

    private final StampCache ownStamps = new StampCache(StampCache.SLASHED);

    public NginxErrorLogParser() {
        super(LogFormat.NGINX);
    }

    @Override
    public List<String> literals() {
        return LITERALS;
    }

    @Override
    Optional<ParsedFailure> parseLine(RawLine s, ParseContext ctx) {
        int first = s.indexOf(CLIENT);
        if (first < 0) {
            return Optional.empty();
        }
        int p = stampAt(s);
        if (p < 0) {
            return Optional.empty();
        }
        LineTime time = ownStamps.read(s, p);
        if (time == null || !s.startsWith(" [", time.end())) {
            return Optional.empty();
        }
        // " [error] 2865#0: *66647 "
        int level = s.indexOf("] ", time.end());
        if (level < 0 || level - time.end() > 10) {
            return Optional.empty();
        }
        int m = level + 2;
        int hash = s.indexOf(": ", m);
        if (hash < 0 || hash - m > 24 || s.indexOf('#', m) > hash) {
            return Optional.empty();
        }
        m = hash + 2;
        if (Timestamps.at(s, m, '*')) {
            int space = s.indexOf(' ', m);
            if (space < 0 || space - m > 21) {
                return Optional.empty();
            }
            m = space + 1;
        }
        boolean basic = s.startsWith(BASIC_USER, m);
        if (!basic && !s.startsWith(PAM_USER, m)) {
            return Optional.empty();
        }
        // The first ", client: " is found again only where it lies before m (inside nginx's prefix).
        for (int c = first >= m ? first : s.indexOf(CLIENT, m); c >= 0; c = s.indexOf(CLIENT, c + 1)) {
            int end = suffixAddressEnd(s, c + CLIENT.length());
            if (end < 0) {
                continue;
            }
            String user = basic ? basicUser(s, m + BASIC_USER.length(), c) : pamUser(s, m + PAM_USER.length(), c);
            if (user != null) {
                return failure(ctx, FailureKind.AUTH, user, s.substring(c + CLIENT.length(), end), time);
            }
        }
        return Optional.empty();
    }

    /** Where nginx's own stamp starts: at 0, or after a syslog or journal prefix naming nginx. */
    private static int stampAt(RawLine s) {
        if (Timestamps.digit(s, 0) >= 0) {
            return 0;
        }
        int tag = s.indexOf("nginx");
        if (tag < 0 || tag > 200) {
            return -1;
        }
        // "host nginx[983478]: 2023/12/09 ..." or "host nginx[1]: host nginx: 2025/09/07 ...".
        for (int colon = s.indexOf(": ", tag); colon >= 0 && colon < 240; colon = s.indexOf(": ", colon + 2)) {
            if (Timestamps.slashed(s, colon + 2) != null) {
                return colon + 2;
            }
        }
        return -1;
    }

    /**
     * The end of the address at a if the rest of the line is nginx's suffix: {@code , server: name}, then
     * the optional quoted fields in nginx's order, then the end of the line; else -1.
     */
    private static int suffixAddressEnd(RawLine s, int a) {
        int end = ClientAddresses.addressEnd(s, a);
        if (end < 0 || !s.startsWith(", server: ", end)) {
            return -1;
        }
        int p = end + 10;
        for (int c = s.at(p); c >= 0 && c != ',' && c != ' ' && c != '"'; c = s.at(p)) {
            p++;
        }
        for (String field : QUOTED_FIELDS) {
            if (s.startsWith(field, p)) {
                int close = s.indexOf('"', p + field.length());
                if (close < 0) {
                    return -1;
                }
                p = close + 1;
            }
        }
        return p == s.length() ? end : -1;
    }

    /** U in {@code user "U" was not found in "file"} or {@code user "U": password mismatch} ending at c. */
    private static String basicUser(RawLine s, int userStart, int c) {
        if (s.startsWith("\": password mismatch", c - 20) && c - 20 >= userStart) {
            return s.substring(userStart, c - 20);
        }
        if (c > userStart && s.charAt(c - 1) == '"') {
            // The file name is nginx's (no quote in it): its opening quote ends the phrase.
            int open = s.lastIndexOf('"', c - 2);
            if (open - 19 >= userStart && s.startsWith("\" was not found in \"", open - 19)) {
                return s.substring(userStart, open - 19);
            }
            if (open - 20 >= userStart && s.startsWith("\": was not found in \"", open - 20)) {
                return s.substring(userStart, open - 20);
            }
        }
        return null;
    }

    /** U in {@code PAM: user 'U' - not authenticated: reason} ending at c. */
    private static String pamUser(RawLine s, int userStart, int c) {
        int end = s.lastIndexOf("' - not authenticated: ", c);
        return end >= userStart ? s.substring(userStart, end) : null;
    }
}
