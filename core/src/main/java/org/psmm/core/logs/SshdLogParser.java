package org.psmm.core.logs;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * OpenSSH's sshd (and {@code sshd-session}), through syslog, the journal, RFC 5424 or bare
 * ({@code sshd -E}).
 *
 * <p>Reports {@code Failed <method>} (not a {@code publickey} refused for an existing user: clients try
 * their keys in turn), {@code Invalid user}, {@code maximum authentication attempts exceeded},
 * {@code PAM: Authentication failure}, {@code Received disconnect ... 3: ...Auth fail} as {@code auth};
 * {@code User ... not allowed because ...}, {@code ROOT LOGIN REFUSED}, tcp-wrappers' {@code refused
 * connect}, {@code No supported authentication methods} as {@code authz}; identification and negotiation
 * garbage as {@code probe}.
 *
 * <p>Some failures span lines of one sshd process: {@code Disconnecting: Too many authentication
 * failures} and {@code User root not allowed because account is locked} carry no address, and a
 * pam_unix failure alone is not reported (sshd's own {@code Failed password} line follows it) unless
 * the connection ends before authentication, or succeeds as another user. So the parser keeps, per
 * host and pid, the client address and such a pending failure, and reports it on the line that
 * completes it. That state is bounded ({@value #MAX_SESSIONS} processes) and dropped when the
 * connection closes.
 */
public final class SshdLogParser extends AbstractLineParser {

    private static final int MAX_SESSIONS = 4096;

    private static final String NEGOTIATE = "Unable to negotiate with ";
    private static final String ROOT_REFUSED = "ROOT LOGIN REFUSED FROM ";
    private static final String BANNER = "banner exchange: Connection from ";
    private static final String NO_IDENTIFICATION = "Did not receive identification string from ";
    private static final String MAX_ATTEMPTS = "maximum authentication attempts exceeded for ";
    private static final String TOO_MANY = "Disconnecting: Too many authentication failures";
    private static final String NOT_KNOWN = "User not known to the underlying authentication module for ";
    private static final String PAM_UNIX = "pam_unix(sshd:auth): ";

    /** What earlier lines of one sshd process said. */
    private static final class Session {
        String ip;
        FailureKind pendingKind;
        String pendingUser;
        /** The pending failure is only the client asking for the method list ("Failed none"). */
        boolean pendingNoneOnly;
        /** A pam_unix failure that no sshd line has reported yet. */
        boolean pamPending;
        String pamUser;
        /** A scanner's connection gives several probe lines: one report is enough. */
        boolean probeReported;
        /**
         * The user of a reported {@code Invalid user} line: that line stands for the connection's first
         * attempt, so the first {@code Failed ... for invalid user} of that name is not counted again.
         */
        String invalidUserReported;

        boolean hasPending() {
            return pendingKind != null || pamPending;
        }

        void clearPending() {
            pendingKind = null;
            pendingUser = null;
            pendingNoneOnly = false;
            pamPending = false;
        }
    }

    /** Oldest connection first: when full, the one that started longest ago is forgotten. */
    private final Map<String, Session> sessions = new LinkedHashMap<>(256) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Session> eldest) {
            return size() > MAX_SESSIONS;
        }
    };

    public SshdLogParser() {
        super(LogFormat.SSHD);
    }

    @Override
    Optional<ParsedFailure> parseLine(RawLine line, ParseContext ctx) {
        int ms = 0;
        LineTime time = null;
        String key = null;
        // Every syslog line of sshd names it; a line without "sshd" can only be a bare message.
        if (line.contains("sshd")) {
            SyslogEnvelope env = envelope(line);
            if (env != null) {
                if (!env.programStartsWith("sshd")) {
                    return Optional.empty();
                }
                ms = env.messageStart();
                time = env.time();
                key = env.processKey();
            }
        }
        if (line.startsWith("error: ", ms) || line.startsWith("fatal: ", ms)) {
            ms += 7;
        }
        if (ms >= line.length()) {
            return Optional.empty();
        }
        return new Reading(line, ms, time, key, ctx).message();
    }

    /** One line being read: keeps the call sites short. */
    private final class Reading {
        final RawLine s;
        final int ms;
        final LineTime time;
        final String key;
        final ParseContext ctx;

        Reading(RawLine s, int ms, LineTime time, String key, ParseContext ctx) {
            this.s = s;
            this.ms = ms;
            this.time = time;
            this.key = key;
            this.ctx = ctx;
        }

        Optional<ParsedFailure> message() {
            switch (s.charAt(ms)) {
                case 'F':
                    return at("Failed ") ? failed() : none();
                case 'I':
                    return at("Invalid user ") || at("Illegal user ") ? invalidUser() : none();
                case 'U':
                    if (at("User ")) {
                        return userNotAllowed();
                    }
                    return at(NEGOTIATE) ? addressAfter(NEGOTIATE, FailureKind.PROBE, null) : none();
                case 'R':
                    if (at(ROOT_REFUSED)) {
                        return addressAfter(ROOT_REFUSED, FailureKind.AUTHZ, "root");
                    }
                    return at("Received disconnect from ") ? receivedDisconnect() : none();
                case 'r':
                    return at("refused connect from ") ? refusedConnect() : none();
                case 'P':
                    return at("PAM: ") ? pam() : none();
                case 'm':
                    return at(MAX_ATTEMPTS) ? maxAttempts() : none();
                case 'D':
                    return disconnect();
                case 'C':
                    return connection();
                case 'p':
                    return at(PAM_UNIX + PamAuthFailure.MARKER) ? pamUnix() : none();
                case 'A':
                    return at("Accepted ") ? accepted() : none();
                case 'B':
                    return at("Bad protocol version identification ") ? badProtocol() : none();
                case 'b':
                    return at(BANNER) ? addressAfter(BANNER, FailureKind.PROBE, null) : none();
                case 'k':
                    return at("kex_exchange_identification: ") ? kexIdentification() : none();
                default:
                    return none();
            }
        }

        boolean at(String prefix) {
            return s.startsWith(prefix, ms);
        }

        Optional<ParsedFailure> none() {
            return Optional.empty();
        }

        /** Reports a failure; what earlier lines of the connection left pending is part of it. */
        Optional<ParsedFailure> report(FailureKind kind, String user, String ip) {
            Session session = existing();
            if (kind == FailureKind.PROBE) {
                if (session != null && session.probeReported) {
                    return none();
                }
                session = key == null ? null : session();
                if (session != null) {
                    session.probeReported = true;
                }
            }
            if (session != null) {
                session.ip = ClientAddresses.normalize(ip);
                session.clearPending();
            }
            return failure(ctx, kind, user, ip, time);
        }

        Session existing() {
            return key == null ? null : sessions.get(key);
        }

        /** The address earlier lines of this connection gave, or null. */
        String knownIp() {
            Session session = existing();
            return session == null ? null : session.ip;
        }

        Session session() {
            if (key == null) {
                return new Session();
            }
            // get and put rather than computeIfAbsent with a lambda: see StampCache.
            Session session = sessions.get(key);
            if (session == null) {
                session = new Session();
                sessions.put(key, session);
            }
            return session;
        }

        void remember(String ip) {
            if (key != null) {
                session().ip = ClientAddresses.normalize(ip);
            }
        }

        /** {@code Failed <method> for [invalid user ]<user> from <addr> port <n> ssh2[: <info>]}. */
        Optional<ParsedFailure> failed() {
            int methodEnd = s.indexOf(' ', ms + 7);
            if (methodEnd < 0 || !s.startsWith(" for ", methodEnd)) {
                return none();
            }
            String method = s.substring(ms + 7, methodEnd);
            int userStart = methodEnd + 5;
            boolean invalid = false;
            if (s.startsWith("invalid user ", userStart) || s.startsWith("illegal user ", userStart)) {
                invalid = true;
                userStart += 13;
            }
            int from = authLogFrom(s, userStart - 1, true, knownIp());
            if (from < 0) {
                return none();
            }
            String ip = s.substring(from + 6, ClientAddresses.addressEnd(s, from + 6));
            String user = from > userStart ? s.substring(userStart, from) : "";
            if ("<invalid username>".equals(user)) {
                user = null;
            }
            if ("none".equals(method) || "publickey".equals(method) && !invalid) {
                // Clients ask for the method list with "none" and offer their keys in turn: that
                // fails the login only if nothing else fails or succeeds before the connection ends.
                remember(ip);
                Session before = existing();
                boolean noneOnly = "none".equals(method)
                        && (before == null || before.pendingKind == null || before.pendingNoneOnly);
                pend(FailureKind.AUTH, user);
                if (key != null) {
                    session().pendingNoneOnly = noneOnly;
                }
                return none();
            }
            Session session = existing();
            if (invalid && session != null && user != null && user.equals(session.invalidUserReported)) {
                // The "Invalid user" line already reported this first attempt.
                session.invalidUserReported = null;
                session.clearPending();
                return none();
            }
            return report(FailureKind.AUTH, user, ip);
        }

        /** {@code Invalid user <user> from <addr>[ port <n>]}: the connection's first attempt. */
        Optional<ParsedFailure> invalidUser() {
            int userStart = ms + 13;
            int from = authLogFrom(s, userStart - 1, false, knownIp());
            if (from < 0) {
                return none();
            }
            String ip = s.substring(from + 6, ClientAddresses.addressEnd(s, from + 6));
            String user = from > userStart ? s.substring(userStart, from) : "";
            if (key != null) {
                session().invalidUserReported = user;
            }
            return report(FailureKind.AUTH, user, ip);
        }

        /** {@code User <user> [from <host> ]not allowed because <reason>}. */
        Optional<ParsedFailure> userNotAllowed() {
            int userStart = ms + 5;
            for (int because = s.lastIndexOf(" not allowed because ");
                 because > userStart; because = s.lastIndexOf(" not allowed because ", because - 1)) {
                int from = s.lastIndexOf(" from ", because);
                if (from >= userStart - 1 && ClientAddresses.addressOrHostEnd(s, from + 6) == because) {
                    return report(FailureKind.AUTHZ, s.substring(userStart, Math.max(from, userStart)),
                            s.substring(from + 6, because));
                }
            }
            // No address on the line ("account is locked"): report once a later line gives it.
            int because = s.indexOf(" not allowed because ", userStart);
            if (because > userStart) {
                pend(FailureKind.AUTHZ, s.substring(userStart, because));
            }
            return none();
        }

        /** {@code ROOT LOGIN REFUSED FROM <addr>}, {@code Unable to negotiate with <addr> port...}, ... */
        Optional<ParsedFailure> addressAfter(String prefix, FailureKind kind, String user) {
            int a = ms + prefix.length();
            int end = ClientAddresses.addressEnd(s, a);
            if (end < 0 || end < s.length() && s.charAt(end) != ' ' && s.charAt(end) != ':') {
                return none();
            }
            return report(kind, user, s.substring(a, end));
        }

        /** tcp-wrappers: {@code refused connect from <name> (<addr>)}. */
        Optional<ParsedFailure> refusedConnect() {
            int close = s.length() - 1;
            while (close > ms && s.charAt(close) == ' ') {
                close--;
            }
            int open = s.lastIndexOf('(', close);
            if (s.charAt(close) != ')' || open < ms || ClientAddresses.addressEnd(s, open + 1) != close) {
                return none();
            }
            return report(FailureKind.AUTHZ, null, s.substring(open + 1, close));
        }

        /** {@code PAM: Authentication failure for <user> from <host>[ via <local>]}, from FreeBSD and macOS. */
        Optional<ParsedFailure> pam() {
            int p = ms + 5;
            int userStart;
            if (s.regionMatches(true, p, "authentication failure for ", 0, 27)) {
                userStart = p + 27;
            } else if (s.regionMatches(true, p, "authentication error for ", 0, 25)) {
                userStart = p + 25;
            } else if (s.startsWith(NOT_KNOWN, p)) {
                userStart = p + NOT_KNOWN.length();
            } else {
                return none();
            }
            if (s.startsWith("illegal user ", userStart) || s.startsWith("invalid user ", userStart)) {
                userStart += 13;
            }
            for (int from = s.indexOf(" from ", userStart - 1); from >= 0; from = s.indexOf(" from ", from + 1)) {
                int end = ClientAddresses.addressOrHostEnd(s, from + 6);
                if (end < 0) {
                    continue;
                }
                int rest = end;
                if (s.startsWith(" via ", rest)) {
                    int space = s.indexOf(' ', rest + 5);
                    rest = space < 0 ? s.length() : space;
                }
                if (blankFrom(s, rest)) {
                    return report(FailureKind.AUTH, s.substring(userStart, Math.max(from, userStart)),
                            s.substring(from + 6, end));
                }
            }
            return none();
        }

        /** {@code maximum authentication attempts exceeded for [invalid user ]<user> from <addr> port...}. */
        Optional<ParsedFailure> maxAttempts() {
            int userStart = ms + MAX_ATTEMPTS.length();
            if (s.startsWith("invalid user ", userStart)) {
                userStart += 13;
            }
            int from = authLogFrom(s, userStart - 1, true, knownIp());
            if (from < 0) {
                return none();
            }
            return report(FailureKind.AUTH, from > userStart ? s.substring(userStart, from) : "",
                    s.substring(from + 6, ClientAddresses.addressEnd(s, from + 6)));
        }

        Optional<ParsedFailure> disconnect() {
            if (at(TOO_MANY)) {
                int p = ms + TOO_MANY.length();
                String user = null;
                if (s.startsWith(" for ", p)) {
                    int end = s.endsWith(" [preauth]") ? s.length() - 10 : s.length();
                    int userStart = s.startsWith("invalid user ", p + 5) ? p + 18 : p + 5;
                    user = userStart <= end ? s.substring(userStart, end) : null;
                }
                Session session = existing();
                if (session != null && session.ip != null) {
                    return report(FailureKind.AUTH, user != null ? user : session.pendingUser, session.ip);
                }
                pend(FailureKind.AUTH, user);
                return none();
            }
            if (at("Disconnecting ")) {
                // "Disconnecting invalid user <u> <addr> port <n>: <reason>"; "Too many authentication
                // failures" here follows a "maximum authentication attempts" line that was reported.
                // The user names stand on both sides of the reason: with several copies of it, only
                // the one after the address sshd already gave for this connection is trusted.
                String marker = ": Change of username or service not allowed";
                int reason = s.indexOf(marker, ms);
                Session session = existing();
                String known = session == null ? null : session.ip;
                if (reason < 0 || known == null && s.indexOf(marker, reason + 1) >= 0) {
                    return none();
                }
                for (; reason >= 0; reason = s.indexOf(marker, reason + 1)) {
                    int space = addressBeforePort(reason);
                    if (space >= 0) {
                        int port = s.lastIndexOf(" port ", reason);
                        String ip = s.substring(space + 1, port);
                        if (known == null || known.equals(ClientAddresses.normalize(ip))) {
                            int userWord = s.indexOf(" user ", ms);
                            String user = userWord >= 0 && userWord + 6 <= space ? s.substring(userWord + 6, space) : null;
                            return report(FailureKind.PROBE, user, ip);
                        }
                    }
                }
                return none();
            }
            if (at("Disconnected from ")) {
                return closed(ms + 18);
            }
            if (at(NO_IDENTIFICATION)) {
                return addressAfter(NO_IDENTIFICATION, FailureKind.PROBE, null);
            }
            return none();
        }

        /**
         * For {@code ... <addr> port <n>} ending at {@code end}: the index of the space before the
         * address, or -1.
         */
        int addressBeforePort(int end) {
            int port = s.lastIndexOf(" port ", end);
            if (port < 0 || skipPort(s, port) != end) {
                return -1;
            }
            int space = s.lastIndexOf(' ', port - 1);
            return space >= ms && ClientAddresses.addressEnd(s, space + 1) == port ? space : -1;
        }

        Optional<ParsedFailure> connection() {
            if (at("Connection from ")) {
                int a = ms + 16;
                int end = ClientAddresses.addressEnd(s, a);
                if (end > a) {
                    remember(s.substring(a, end));
                }
                return none();
            }
            if (at("Connection closed by ")) {
                return closed(ms + 21);
            }
            if (at("Connection reset by ")) {
                return closed(ms + 20);
            }
            return none();
        }

        /**
         * The end of a connection ({@code <addr>[ port <n>][ [preauth]]}, or {@code authenticating user
         * <u> <addr> port <n>}): reports what an earlier line left pending, and forgets the process.
         */
        Optional<ParsedFailure> closed(int a) {
            Session session = existing();
            if (key != null) {
                sessions.remove(key);
            }
            if (session == null || !session.hasPending()) {
                return none();
            }
            int end = s.endsWith(" [preauth]") ? s.length() - 10 : s.length();
            int addrEnd = ClientAddresses.addressEnd(s, a);
            String ip;
            if (addrEnd > a && (addrEnd == end || skipPort(s, addrEnd) == end)) {
                ip = s.substring(a, addrEnd);
                if (session.pendingKind == FailureKind.AUTH && session.pendingNoneOnly && !session.pamPending) {
                    // "Connection closed by ADDR port N [preauth]", naming no user, after the client only
                    // asked which methods there are: no login was tried (a scanner): a probe.
                    String user = session.pendingUser;
                    session.clearPending();
                    return failure(ctx, FailureKind.PROBE, user, ip, time);
                }
            } else {
                int space = addressBeforePort(end);
                if (space < a) {
                    return none();
                }
                ip = s.substring(space + 1, s.lastIndexOf(" port ", end));
            }
            return reportPending(session, ip);
        }

        Optional<ParsedFailure> reportPending(Session session, String ip) {
            FailureKind kind = session.pendingKind != null ? session.pendingKind : FailureKind.AUTH;
            String user = session.pendingKind != null ? session.pendingUser : session.pamUser;
            session.clearPending();
            return failure(ctx, kind, user, ip, time);
        }

        void pend(FailureKind kind, String user) {
            if (key != null) {
                Session session = session();
                session.pendingKind = kind;
                session.pendingUser = user;
                session.pendingNoneOnly = false;
            }
        }

        /** {@code Received disconnect from <addr>[ port <n>]:[ ]<code>: <text>[ [preauth]]}. */
        Optional<ParsedFailure> receivedDisconnect() {
            int a = ms + 25;
            int end = ClientAddresses.addressEnd(s, a);
            if (end < 0) {
                return none();
            }
            String ip = s.substring(a, end);
            int p = skipPort(s, end);
            if (!Timestamps.at(s, p, ':')) {
                return none();
            }
            p++;
            while (Timestamps.at(s, p, ' ')) {
                p++;
            }
            int code = 0;
            int digitsStart = p;
            while (Timestamps.digit(s, p) >= 0 && p - digitsStart < 4) {
                code = code * 10 + Timestamps.digit(s, p++);
            }
            if (p == digitsStart || !Timestamps.at(s, p, ':')) {
                return none();
            }
            int textEnd = s.endsWith(" [preauth]") ? s.length() - 10 : s.length();
            Session session = existing();
            if (key != null) {
                sessions.remove(key);
            }
            // 3 = SSH_DISCONNECT_... "Auth fail" is JSch's text for a rejected login.
            if (code == 3 && s.startsWith("Auth fail", textEnd - 9)) {
                return failure(ctx, FailureKind.AUTH, null, ip, time);
            }
            // 14 = SSH2_DISCONNECT_NO_MORE_AUTH_METHODS_AVAILABLE: none of the client's methods is allowed.
            if (code == 14 && s.startsWith("authentication methods available", textEnd - 32)) {
                return failure(ctx, FailureKind.AUTHZ, null, ip, time);
            }
            if (session != null && session.hasPending()) {
                return reportPending(session, ip);
            }
            return none();
        }

        /** pam_unix's failure: pending until sshd says more (see the class comment). */
        Optional<ParsedFailure> pamUnix() {
            PamAuthFailure pam = PamAuthFailure.parse(s, ms + PAM_UNIX.length());
            if (pam == null || key == null) {
                return none();
            }
            Session session = session();
            session.ip = ClientAddresses.normalize(pam.rhost());
            if (session.pamPending && session.pamUser != null && !session.pamUser.equals(pam.user())) {
                // The same connection now tries another user: the previous attempt failed for good.
                String previous = session.pamUser;
                session.pamUser = pam.user();
                return failure(ctx, FailureKind.AUTH, previous, pam.rhost(), time);
            }
            session.pamPending = true;
            session.pamUser = pam.user();
            return none();
        }

        /**
         * {@code Accepted <method> for <user> from <addr> ...}: the login succeeded, so refused keys were
         * no failure; but a pending pam failure of another user was.
         */
        Optional<ParsedFailure> accepted() {
            Session session = existing();
            if (session == null) {
                return none();
            }
            session.pendingKind = null;
            session.pendingUser = null;
            if (!session.pamPending) {
                return none();
            }
            int methodEnd = s.indexOf(' ', ms + 9);
            if (methodEnd < 0 || !s.startsWith(" for ", methodEnd)) {
                return none();
            }
            int userStart = methodEnd + 5;
            int from = authLogFrom(s, userStart - 1, true, session.ip);
            if (from < 0) {
                return none();
            }
            String user = s.substring(userStart, Math.max(from, userStart));
            session.pamPending = false;
            if (session.pamUser == null || session.pamUser.equals(user)) {
                return none();
            }
            return failure(ctx, FailureKind.AUTH, session.pamUser, s.substring(from + 6,
                    ClientAddresses.addressEnd(s, from + 6)), time);
        }

        /**
         * {@code kex_exchange_identification: ...}: the client left or sent garbage before the SSH
         * banner exchange (port scanners, HTTP on port 22). The address comes from the connection's
         * earlier {@code Connection from} line, or from the line that closes it.
         */
        Optional<ParsedFailure> kexIdentification() {
            Session session = existing();
            if (session != null && session.ip != null) {
                return report(FailureKind.PROBE, null, session.ip);
            }
            pend(FailureKind.PROBE, null);
            return none();
        }

        /** {@code Bad protocol version identification '<text>' from <addr>[ port <n>]}: the text is the client's. */
        Optional<ParsedFailure> badProtocol() {
            int from = s.lastIndexOf(" from ");
            if (from < ms) {
                return none();
            }
            int end = ClientAddresses.addressEnd(s, from + 6);
            if (end < 0 || !blankFrom(s, skipPort(s, end))) {
                return none();
            }
            return report(FailureKind.PROBE, null, s.substring(from + 6, end));
        }
    }

    /**
     * In sshd's auth log line ({@code ... for <user> from <addr> port <n> ssh2[: <info>]}) the user name
     * is the client's and may itself contain " from 10.0.0.1 port 22 ssh2". The address is taken from the
     * first " from " (searching from {@code userFrom}) that is followed by an address, an optional port
     * and protocol, then the end of the line, " [preauth]" or (where {@code info}) ": " and sshd's
     * method details; a forged copy inside the name is followed by the real one, so it never ends there.
     * A name that forges the details too ({@code x from 10.0.0.1 port 22 ssh2: y}) is caught where the
     * connection's address is known from an earlier line: the candidate with that address wins.
     *
     * @param knownIp the address earlier lines of the connection gave, or null
     * @return the index of that " from ", or -1
     */
    static int authLogFrom(RawLine s, int userFrom, boolean info, String knownIp) {
        // Candidates by how surely they are sshd's own end of line: 1, the address and its port end
        // the line; 2, sshd's details follow (key type and fingerprint, no " from " in them); 3,
        // details holding " from ", or an address without port ending the line (old versions).
        int best = -1;
        int bestRank = 4;
        boolean bestKnown = false;
        for (int from = s.indexOf(" from ", userFrom); from >= 0; from = s.indexOf(" from ", from + 1)) {
            int end = ClientAddresses.addressEnd(s, from + 6);
            if (end < 0) {
                continue;
            }
            int p = skipPort(s, end);
            boolean port = p > end;
            if (s.startsWith(" ssh", p) && Timestamps.digit(s, p + 4) >= 0) {
                p += 5;
            }
            int rank;
            if (p == s.length() || s.startsWith(" [preauth]", p) && p + 10 == s.length()) {
                rank = port ? 1 : 3;
            } else if (info && s.startsWith(": ", p)) {
                rank = s.indexOf(" from ", p) < 0 ? 2 : 3;
            } else {
                continue;
            }
            boolean known = knownIp != null && knownIp.equals(ClientAddresses.normalize(s.substring(from + 6, end)));
            // The connection's known address wins; then the surer rank; then the first.
            if (best < 0 || known && !bestKnown || known == bestKnown && rank < bestRank) {
                best = from;
                bestRank = rank;
                bestKnown = known;
            }
        }
        return best;
    }
}
