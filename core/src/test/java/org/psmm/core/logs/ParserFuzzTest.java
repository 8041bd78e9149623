package org.psmm.core.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every format's failure line with a user name chosen by an attacker, built from that format's own
 * delimiters and keywords and from other addresses (fixed seed): the line gives exactly one failure,
 * from the address the server wrote, whatever the name holds; and the same with a name over the
 * length limit, whose failure keeps its address with the user marked cut.
 */
class ParserFuzzTest {

    private static final String REAL = "192.0.2.1";
    private static final int NAMES = 3000;
    private static final String[] COMMON = {" ", "\"", "'", "[", "]", "(", ")", ":", ": ", ",", ", ", "=", "@", "\\",
        "6.6.6.6", "::ffff:6.6.6.6", "2001:db8::6", "localhost", " port 22", "x", "root", " ", " "};

    /** A format's failure line around {@code {U}}, the lines that come before it, and its own text. */
    private record Template(String name, LogFormat format, String line, List<String> before, String[] keywords) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> templates() {
        List<Template> t = new ArrayList<>();
        String[] sshd = {" from ", " port ", " ssh2", ": ", " [preauth]", "invalid user ", "Failed password for ",
            " not allowed because ", "Invalid user ", "sshd[9]: ", "Connection closed by "};
        t.add(new Template("sshd failed password", LogFormat.SSHD,
                "Nov 23 10:00:01 h sshd[9]: Failed password for invalid user {U} from " + REAL + " port 2 ssh2", List.of(), sshd));
        t.add(new Template("sshd invalid user", LogFormat.SSHD,
                "Nov 23 10:00:01 h sshd[9]: Invalid user {U} from " + REAL + " port 2", List.of(), sshd));
        t.add(new Template("sshd publickey of a known connection", LogFormat.SSHD,
                "Nov 23 10:00:01 h sshd[9]: Failed publickey for invalid user {U} from " + REAL + " port 2 ssh2: ED25519 SHA256:abc",
                List.of("Nov 23 10:00:00 h sshd[9]: Connection from " + REAL + " port 2 on 10.0.0.1 port 22 rdomain \"\""), sshd));
        t.add(new Template("mariadb", LogFormat.MARIADB,
                "2026-11-23 19:22:36 5 [Warning] Access denied for user '{U}'@'" + REAL + "' (using password: YES)", List.of(),
                new String[] {"'@'", "Access denied for user '", " (using password: YES)", " (using password: NO)", "'", "@"}));
        String[] vsftpd = {"] FAIL LOGIN: Client \"", "] OK LOGIN: Client \"", "] FTP command: Client \"", "\", \"",
            "[pid 1] ", "User is not in the allow user list.", "\""};
        t.add(new Template("vsftpd", LogFormat.VSFTPD,
                "Mon Nov 23 19:20:50 2026 [pid 1] [{U}] FAIL LOGIN: Client \"" + REAL + "\"", List.of(), vsftpd));
        t.add(new Template("vsftpd through syslog", LogFormat.VSFTPD,
                "Nov 23 19:20:50 h vsftpd[1]: [{U}] FAIL LOGIN: Client \"::ffff:" + REAL + "\"", List.of(), vsftpd));
        String[] nginx = {", client: ", ", server: ", ", request: \"", ", host: \"", "\" was not found in \"", "\": password mismatch",
            "user \"", "\""};
        t.add(new Template("nginx not found", LogFormat.NGINX,
                "2026/11/23 19:22:34 [error] 1#1: *4 user \"{U}\" was not found in \"/etc/nginx/htpasswd\", client: " + REAL
                        + ", server: web, request: \"GET / HTTP/1.1\", host: \"127.0.0.12\"", List.of(), nginx));
        t.add(new Template("nginx mismatch", LogFormat.NGINX,
                "2026/11/23 19:22:34 [error] 1#1: *4 user \"{U}\": password mismatch, client: " + REAL
                        + ", server: web, request: \"GET / HTTP/1.1\", host: \"127.0.0.12\"", List.of(), nginx));
        String[] apache = {"[client ", "] ", " not found", ": /", "AH01618: ", "[remote ", ": authentication failure for "};
        t.add(new Template("apache", LogFormat.APACHE,
                "[Sat Jul 20 21:40:33.803528 2013] [auth_basic:error] [pid 1:tid 2] [client " + REAL + ":51395] AH01618: user {U} not found: /private",
                List.of(), apache));
        String[] pam = {" rhost=", " ruser=", "  user=", " user=", " [preauth]", "authentication failure; logname=",
            "pam_unix(sshd:auth): ", " tty=ssh"};
        t.add(new Template("pam unknown user", LogFormat.PAM,
                "Dec  2 07:34:15 vm vsftpd: pam_unix(vsftpd:auth): authentication failure; logname= uid=0 euid=0 tty=ftp ruser={U} rhost="
                        + REAL + " ", List.of(), pam));
        t.add(new Template("pam known user", LogFormat.PAM,
                "Dec  2 07:34:15 vm vsftpd: pam_unix(vsftpd:auth): authentication failure; logname= uid=0 euid=0 tty=ftp ruser={U} rhost="
                        + REAL + "  user={U}", List.of(), pam));
        t.add(new Template("pam through vsftpd", LogFormat.VSFTPD,
                "Dec  2 07:34:15 vm vsftpd: pam_unix(vsftpd:auth): authentication failure; logname= uid=0 euid=0 tty=ftp ruser={U} rhost="
                        + REAL + "  user={U}", List.of(), pam));
        String[] proftpd = {" (Login failed):", ": no such user found from ", "USER ", "[", "])", " - "};
        t.add(new Template("proftpd", LogFormat.PROFTPD,
                "Jan 10 00:00:00 myhost proftpd[12345] myhost.domain.com (" + REAL + "[" + REAL + "]): USER {U} (Login failed): Incorrect password.",
                List.of(), proftpd));
        t.add(new Template("pure-ftpd", LogFormat.PUREFTPD,
                "Jan 31 16:54:07 desktop pure-ftpd: (?@" + REAL + ") [WARNING] Authentication failed for user [{U}]", List.of(),
                new String[] {") [WARNING] Authentication failed for user [", "(?@", "]", "["}));
        t.add(new Template("xrdp", LogFormat.XRDP,
                "[20220407-12:11:06] [INFO ] AUTHFAIL: user={U} ip=" + REAL + " time=1649351466", List.of(),
                new String[] {" ip=", " time=", "1649351466", "AUTHFAIL: user=", " user="}));
        return t.stream().map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("templates")
    void aNameBuiltFromTheFormatsOwnTextNeverMovesNorHidesTheFailure(Template t) {
        Random random = new Random(14);
        for (int i = 0; i < NAMES; i++) {
            String user = name(random, t.keywords());
            ParsedFailure f = only(t, user);
            assertEquals(REAL, f.ip(), () -> t + ": address for the name [" + user + "]");
        }
    }

    @ParameterizedTest
    @MethodSource("templates")
    void aNameOverTheLengthLimitIsCutNotLost(Template t) {
        if (t.line().contains("user={U}")) {
            return; // an existing account's name, written twice: never that long
        }
        Random random = new Random(64);
        for (int i = 0; i < 20; i++) {
            String user = name(random, t.keywords()) + "a".repeat(LogLineParser.MAX_LINE_CHARS) + name(random, t.keywords());
            ParsedFailure f = only(t, user);
            assertEquals(REAL, f.ip(), t + ": address of a cut line");
            assertTrue(f.userCut(), t + ": marked cut");
            assertTrue(f.user() == null || f.user().length() <= 255, t + ": user kept short");
        }
    }

    /** The one failure the template's lines give with this name. */
    private static ParsedFailure only(Template t, String user) {
        LogLineParser parser = t.format().newParser();
        List<ParsedFailure> got = new ArrayList<>();
        for (String line : t.before()) {
            parser.parse(line, Parsing.UTC).ifPresent(got::add);
        }
        // pam_unix writes user= only for an existing account: its name, there, has no blank.
        String line = t.line().contains("user={U}") ? t.line().replace("{U}", user.replace(' ', '_'))
                : t.line().replace("{U}", user);
        Optional<ParsedFailure> f = parser.parse(line, Parsing.UTC);
        f.ifPresent(got::add);
        assertEquals(1, got.size(), () -> t + ": failures for the name [" + user + "]: " + got);
        return got.get(0);
    }

    private static String name(Random random, String[] keywords) {
        StringBuilder b = new StringBuilder();
        int parts = 1 + random.nextInt(8);
        for (int p = 0; p < parts; p++) {
            String[] from = random.nextInt(3) == 0 ? COMMON : keywords;
            b.append(from[random.nextInt(from.length)]);
            if (random.nextInt(4) == 0) {
                b.append(REAL.equals("192.0.2.1") && random.nextBoolean() ? "6.6.6.6" : "10.9.8.7");
            }
        }
        return b.toString();
    }
}
