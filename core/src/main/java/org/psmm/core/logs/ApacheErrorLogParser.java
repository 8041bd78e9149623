package org.psmm.core.logs;

import java.util.List;
import java.util.Optional;

/**
 * Apache httpd's error log, 2.2 ({@code [Www Mmm dd HH:MM:SS YYYY] [error] [client addr] message}) and
 * 2.4 ({@code [... .uuuuuu YYYY] [module:level] [pid n:tid m] [client addr:port] AHnnnnn: message}),
 * directly or through syslog ({@code ErrorLog syslog}).
 *
 * <p>The address comes from the {@code [client ...]} (or mod_remoteip's {@code [remote ...]}) field of
 * the server-written prefix, never from the message, which quotes request paths and user names. 2.4
 * is classified by its AH code, 2.2 by the start of the message: basic/digest password mismatch and
 * unknown user are {@code auth}; "Authorization of user U to access ... failed" is {@code authz};
 * "client denied by server configuration" (an address rule: nobody tried to log in) and the
 * authorization failure of a user who did sign in, like tampered digest headers and SNI tricks, are
 * {@code probe} (not from mod_evasive, a rate limiter): never counted as failed logins. User names
 * of 2.4 messages are unescaped ({@link #unescape}).
 */
public final class ApacheErrorLogParser extends AbstractLineParser {

    private static final List<String> LITERALS = List.of("[client ", "[remote ");

    private final StampCache ownStamps = new StampCache(StampCache.CTIME);

    public ApacheErrorLogParser() {
        super(LogFormat.APACHE);
    }

    @Override
    public List<String> literals() {
        return LITERALS;
    }

    @Override
    Optional<ParsedFailure> parseLine(RawLine s, ParseContext ctx) {
        // No whole-line search for "[client " / "[remote " first: the fields below end a line without
        // them within a few characters (ip stays null), and bin/psmm-logcheck's reader has already
        // checked these literals on the raw bytes.
        LineTime time;
        int p;
        if (s.charAt(0) == '[') {
            time = ownStamps.read(s, 1);
            if (time == null || !s.startsWith("] ", time.end())) {
                return Optional.empty();
            }
            p = time.end() + 2;
        } else {
            SyslogEnvelope env = envelope(s);
            if (env == null || !(env.programStartsWith("httpd") || env.programStartsWith("apache"))) {
                return Optional.empty();
            }
            time = env.time();
            p = env.messageStart();
        }
        String module = null;
        String client = null;
        String remote = null;
        boolean hasPid = false;
        // The bracketed fields, in the order the server writes them; the message starts after them.
        for (int field = 0; field < 5 && Timestamps.at(s, p, '['); field++) {
            int close = s.indexOf(']', p);
            if (field == 0) {
                if (close < 0 || !s.startsWith("] ", close) || close - p > 40) {
                    return Optional.empty();
                }
                int colon = s.lastIndexOf(':', close);
                module = colon > p ? s.substring(p + 1, colon) : "";
                p = close + 2;
            } else if (s.startsWith("[pid ", p)) {
                if (close < 0 || !s.startsWith("] ", close)) {
                    return Optional.empty();
                }
                hasPid = true;
                p = close + 2;
            } else if (s.startsWith("[client ", p) || s.startsWith("[remote ", p)) {
                int a = p + 8;
                int end = clientEnd(s, a);
                if (end < 0) {
                    return Optional.empty();
                }
                String address = address(s, a, end, hasPid);
                if (address == null) {
                    return Optional.empty();
                }
                // The first of each is the server's; a later copy would be the message's.
                if (s.charAt(p + 1) == 'c') {
                    client = client == null ? address : client;
                } else {
                    remote = remote == null ? address : remote;
                }
                p = end + 2;
            } else {
                break;
            }
        }
        String ip = client != null ? client : remote;
        if (ip == null || module == null || module.startsWith("evasive")) {
            return Optional.empty();
        }
        String code = null;
        if (s.startsWith("AH", p) && Timestamps.digits(s, p + 2, 5) >= 0 && s.startsWith(": ", p + 7)) {
            code = s.substring(p, p + 7);
            p += 9;
        }
        Classified c = code != null ? byCode(code, s, p) : byText(s, p);
        return c == null ? Optional.empty() : failure(ctx, c.kind, code != null ? unescape(c.user) : c.user, ip, time);
    }

    /** The index of the "] " closing a client field whose address starts at a, or -1. */
    private static int clientEnd(RawLine s, int a) {
        if (Timestamps.at(s, a, '[')) {
            int close = s.indexOf(']', a);
            if (close < 0) {
                return -1;
            }
            int end = close + 1 + skipPortLength(s, close + 1);
            return s.startsWith("] ", end) ? end : -1;
        }
        int close = s.indexOf("] ", a);
        return close < 0 || close - a > 60 ? -1 : close;
    }

    private static int skipPortLength(RawLine s, int p) {
        if (!Timestamps.at(s, p, ':')) {
            return 0;
        }
        int q = p + 1;
        while (Timestamps.digit(s, q) >= 0) {
            q++;
        }
        return q - p;
    }

    /**
     * The address in s[a, end): {@code [v6]:port}, {@code v4:port}, or, in 2.2 (no pid field, no port),
     * a bare IPv6; 2.4 writes a bare IPv6 with ":port" appended.
     */
    private static String address(RawLine s, int a, int end, boolean portAppended) {
        if (s.charAt(a) == '[') {
            int close = s.indexOf(']', a);
            return close > a && ClientAddresses.isIpv6(s, a + 1, close) ? s.substring(a + 1, close) : null;
        }
        int v4 = ClientAddresses.ipv4End(s, a);
        if (v4 > 0 && v4 + skipPortLength(s, v4) == end) {
            return s.substring(a, v4);
        }
        if (ClientAddresses.isIpv6(s, a, end) && !portAppended) {
            return s.substring(a, end);
        }
        int colon = s.lastIndexOf(':', end);
        if (colon > a && skipPortLength(s, colon) == end - colon && ClientAddresses.isIpv6(s, a, colon)) {
            return s.substring(a, colon);
        }
        return ClientAddresses.isIpv6(s, a, end) ? s.substring(a, end) : null;
    }

    private record Classified(FailureKind kind, String user) {
    }

    /**
     * A user name as the client sent it: httpd 2.4 escapes what it writes into a message of the error
     * log ({@code ap_escape_errorlog_item}: {@code \"}, {@code \\}, {@code \xhh} for other bytes).
     */
    static String unescape(String user) {
        if (user == null || user.indexOf('\\') < 0) {
            return user;
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(user.length());
        byte[] b = user.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\\' && i + 1 < b.length && (b[i + 1] == '"' || b[i + 1] == '\\')) {
                out.write(b[++i]);
            } else if (b[i] == '\\' && i + 3 < b.length && b[i + 1] == 'x' && hex(b[i + 2]) >= 0 && hex(b[i + 3]) >= 0) {
                out.write(hex(b[i + 2]) * 16 + hex(b[i + 3]));
                i += 3;
            } else {
                out.write(b[i]);
            }
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static int hex(byte c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }

    private static Classified byCode(String code, RawLine s, int p) {
        switch (code) {
            case "AH01617": // user U: authentication failure for "/path": Password Mismatch
                return new Classified(FailureKind.AUTH, userBefore(s, p, ": authentication failure for "));
            case "AH01618": // user U not found: /path
                return new Classified(FailureKind.AUTH, userBefore(s, p, " not found"));
            case "AH01792": // digest: user U: password mismatch: /path
                return new Classified(FailureKind.AUTH, userBefore(s, p, ": password mismatch"));
            case "AH01790": // digest: user `U' in realm `R' not found: /path
                return new Classified(FailureKind.AUTH, digestUser(s, p));
            case "AH01630": // client denied by server configuration (authz_core): an address rule, no login
            case "AH01797": // the same, from mod_access_compat
                return new Classified(FailureKind.PROBE, null);
            case "AH01631": // user U: authorization failure for "/path": U did sign in, no failed login
                return new Classified(FailureKind.PROBE, userBefore(s, p, ": authorization failure for "));
            case "AH01637": // Authorization of user U to access /path failed, reason: ...
                return new Classified(FailureKind.AUTHZ, between(s, p, "Authorization of user ", " to access "));
            case "AH01614": // client used wrong authentication scheme
            case "AH01793": // digest: invalid qop
            case "AH01788": // digest: realm mismatch
            case "AH01789": // digest: unknown algorithm
            case "AH01777": // digest: invalid nonce ... user attempted time travel
            case "AH02031": // SNI host name but none in the request
            case "AH02032": // SNI and Host header disagree
            case "AH02033": // no SNI for a name-based virtual host
                return new Classified(FailureKind.PROBE, null);
            default:
                // AH01776 (digest nonce hash mismatch) happens to honest clients after a restart.
                return null;
        }
    }

    /** 2.2 has no codes: the same messages by their fixed text ("Digest: " prefixes mod_auth_digest's). */
    private static Classified byText(RawLine s, int p) {
        if (s.startsWith("Digest: ", p)) {
            p += 8;
            if (s.startsWith("user `", p)) {
                return new Classified(FailureKind.AUTH, digestUser(s, p));
            }
            if (s.startsWith("user ", p) && s.indexOf(": password mismatch", p) > 0) {
                return new Classified(FailureKind.AUTH, userBefore(s, p, ": password mismatch"));
            }
            if (s.startsWith("invalid nonce ", p)) {
                return s.indexOf(" received - hash is not ", p) > 0 ? null : new Classified(FailureKind.PROBE, null);
            }
            if (s.startsWith("realm mismatch", p) || s.startsWith("unknown algorithm", p)
                    || s.startsWith("invalid qop", p)) {
                return new Classified(FailureKind.PROBE, null);
            }
            return null;
        }
        if (s.startsWith("client denied by server configuration", p)) {
            return new Classified(FailureKind.PROBE, null);
        }
        if (s.startsWith("client used wrong authentication scheme", p)) {
            return new Classified(FailureKind.PROBE, null);
        }
        if (s.startsWith("Authorization of user ", p)) {
            return new Classified(FailureKind.AUTHZ, between(s, p, "Authorization of user ", " to access "));
        }
        if (s.startsWith("user ", p)) {
            if (s.indexOf(": authentication failure for ", p) > 0) {
                return new Classified(FailureKind.AUTH, userBefore(s, p, ": authentication failure for "));
            }
            if (s.indexOf(": authorization failure for ", p) > 0) {
                return new Classified(FailureKind.PROBE, userBefore(s, p, ": authorization failure for "));
            }
            int notFound = s.indexOf(" not found", p);
            if (notFound > 0 && (notFound + 10 == s.length() || s.charAt(notFound + 10) == ':'
                    || s.charAt(notFound + 10) == ',')) {
                return new Classified(FailureKind.AUTH, userBefore(s, p, " not found"));
            }
        }
        return null;
    }

    /** The user in {@code user U<marker>}; null where the message does not have that shape. */
    private static String userBefore(RawLine s, int p, String marker) {
        if (!s.startsWith("user ", p)) {
            return null;
        }
        int end = s.indexOf(marker, p + 5);
        return end < 0 ? null : s.substring(p + 5, end);
    }

    private static String digestUser(RawLine s, int p) {
        return between(s, p, "user `", "' in realm `");
    }

    private static String between(RawLine s, int p, String open, String close) {
        if (!s.startsWith(open, p)) {
            return null;
        }
        int end = s.indexOf(close, p + open.length());
        return end < 0 ? null : s.substring(p + open.length(), end);
    }
}
