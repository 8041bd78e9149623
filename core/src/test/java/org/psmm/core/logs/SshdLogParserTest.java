package org.psmm.core.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.psmm.core.logs.Parsing.assertFailure;
import static org.psmm.core.logs.Parsing.none;
import static org.psmm.core.logs.Parsing.one;
import static org.psmm.core.logs.Parsing.stream;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SshdLogParserTest {

    private static final LogFormat SSHD = LogFormat.SSHD;

    @Test
    void failedPasswordForAnInvalidUser() {
        assertFailure(one(SSHD, "Nov 23 10:00:01 web1 sshd[4242]: Failed password for invalid user admin from 203.0.113.9 port 51234 ssh2"),
                FailureKind.AUTH, "admin", "203.0.113.9", "2026-11-23T10:00:01");
    }

    @Test
    void sshdSessionProcessAndIsoStampWithOffset() {
        ParsedFailure f = one(SSHD, "2026-11-20T10:00:01.123456+01:00 web1 sshd-session[77]: Failed password for root from 2001:db8::7 port 22 ssh2");
        assertFailure(f, FailureKind.AUTH, "root", "2001:db8::7", "2026-11-20T09:00:01");
        assertEquals(Instant.parse("2026-11-20T09:00:01Z"), f.instant());
    }

    @Test
    void ipv4MappedAddressesLoseTheirPrefix() {
        assertEquals("192.0.2.4", one(SSHD, "Nov 23 10:00:01 h sshd[1]: Invalid user bob from ::ffff:192.0.2.4 port 40000").ip());
        assertEquals("192.0.2.5", one(SSHD, "Nov 23 10:00:01 h sshd[1]: ROOT LOGIN REFUSED FROM ::FFFF:192.0.2.5").ip());
    }

    @Test
    void bareMessageAsSshdDashEWritesIt() {
        ParsedFailure f = one(SSHD, "Failed password for invalid user bob from 127.0.0.77 port 40000 ssh2");
        assertFailure(f, FailureKind.AUTH, "bob", "127.0.0.77", null);
        assertNull(f.instant());
    }

    @Test
    void userNamesWithSpacesQuotesAndEscapes() {
        assertEquals("john doe", one(SSHD, "Nov 23 10:00:01 h sshd[1]: Invalid user john doe from 127.0.0.77 port 4").user());
        assertEquals("o'brien", one(SSHD, "Nov 23 10:00:01 h sshd[1]: Invalid user o'brien from 127.0.0.88 port 4").user());
        assertEquals("jos\\303\\251", one(SSHD, "Nov 23 10:00:01 h sshd[1]: Invalid user jos\\303\\251 from 127.0.0.77 port 4").user());
        assertEquals("élodie", one(SSHD, "Nov 23 10:00:01 h sshd[1]: Failed password for élodie from 127.0.0.77 port 4 ssh2").user());
        assertEquals("", one(SSHD, "Jun  6 04:17:04 host sshd[1]: Invalid user  from 192.0.2.68 port 34916").user());
    }

    @Test
    void injectedAddressesInTheUserNameAreIgnored() {
        // The user name is the client's: whatever it holds, the address is the one sshd appended.
        ParsedFailure f = one(SSHD, "Nov 23 10:00:01 h sshd[9]: Failed password for invalid user x from 6.6.6.6 port 1 ssh2 from 192.0.2.1 port 2 ssh2");
        assertEquals("192.0.2.1", f.ip());
        assertEquals("x from 6.6.6.6 port 1 ssh2", f.user());
        assertEquals("192.0.2.1", one(SSHD, "Nov 23 10:00:01 h sshd[9]: Failed password for invalid user from 6.6.6.6 from 192.0.2.1 port 2 ssh2").ip());
        assertEquals("192.0.2.1", one(SSHD, "Nov 23 10:00:01 h sshd[9]: Invalid user x from 6.6.6.6 from 192.0.2.1 port 2").ip());
        assertEquals("192.0.2.1", one(SSHD, "Nov 23 10:00:01 h sshd[9]: User x from 6.6.6.6 not allowed because y from 192.0.2.1 not allowed because not listed in AllowUsers").ip());
        assertEquals("192.0.2.1", one(SSHD, "Nov 23 10:00:01 h sshd[9]: Bad protocol version identification 'x from 6.6.6.6' from 192.0.2.1 port 3").ip());
        // A forged end of line (address, port, details) inside the name loses to sshd's own, which
        // ends the line with the port; sshd's details (a key's type and fingerprint) hold no " from ".
        assertEquals("192.0.2.1", one(SSHD, "Nov 23 10:00:01 h sshd[9]: Failed password for x from 6.6.6.6 port 1 ssh2: y from 192.0.2.1 port 2 ssh2").ip());
        assertEquals("192.0.2.1", one(SSHD, "Nov 23 10:00:01 h sshd[9]: Failed publickey for invalid user x from 6.6.6.6 port 1 ssh2: y from 192.0.2.1 port 2 ssh2: RSA SHA256:abc").ip());
        assertEquals("aaaa:bbbb:cccc:1234::1:1", one(SSHD, "Nov 23 10:00:01 h sshd[9]: Failed password for user from aaaa:bbbb:cccc:1234::1:1 port 20000 ssh1: ruser x from 1.2.3.4").ip());
        assertEquals("192.0.2.1", one(SSHD, "Nov 23 10:00:01 h sshd[9]: error: PAM: Authentication failure for x from 6.6.6.6 via y from 192.0.2.1").ip());
        none(SSHD, "Nov 23 10:00:01 h sshd[9]: Accepted password for x from 6.6.6.6 port 1 ssh2");
    }

    @Test
    void aNameForgingTheWholeSuffixLosesToTheConnectionsKnownAddress() {
        List<Optional<ParsedFailure>> r = stream(SSHD,
                "Nov 23 10:00:00 h sshd[7]: Connection from 192.0.2.1 port 2 on 10.0.0.1 port 22",
                "Nov 23 10:00:01 h sshd[7]: Failed password for invalid user x from 6.6.6.6 port 1 ssh2: y from 192.0.2.1 port 2 ssh2",
                "Nov 23 10:00:02 h sshd[7]: Disconnecting invalid user x 6.6.6.6 port 1: Change of username or service not allowed: (a,b) -> (x 192.0.2.1 port 2: Change of username or service not allowed: (c,d) [preauth]");
        assertEquals("192.0.2.1", r.get(1).orElseThrow().ip());
        assertEquals("192.0.2.1", r.get(2).orElseThrow().ip());
        // Without a known address, two copies of the reason are one too many.
        none(SSHD, "Nov 23 10:00:02 h sshd[8]: Disconnecting invalid user x 6.6.6.6 port 1: Change of username or service not allowed: (a,b) -> (x 192.0.2.1 port 2: Change of username or service not allowed: (c,d) [preauth]");
        assertEquals("192.0.2.117", one(SSHD, "Mar 19 16:47:49 test sshd[5672]: Disconnecting invalid user admin 192.0.2.117 port 44004: Change of username or service not allowed: (admin,ssh-connection) -> (user,ssh-connection) [preauth]").ip());
    }

    @Test
    void rsyslogsFoldedRepeatsAreRead() {
        assertFailure(one(SSHD, "Nov 23 10:00:01 h sshd[9]: message repeated 2 times: [ Failed password for root from 192.0.2.1 port 22 ssh2]"),
                FailureKind.AUTH, "root", "192.0.2.1", "2026-11-23T10:00:01");
        assertEquals("192.0.2.1", one(LogFormat.VSFTPD, "Nov 23 10:00:01 h vsftpd: message repeated 3 times: [ pam_unix(vsftpd:auth): authentication failure; logname= uid=0 euid=0 tty=ftp ruser=a rhost=192.0.2.1 ]").ip());
        none(SSHD, "Nov 23 10:00:01 h sshd[9]: message repeated 2 times: [ Accepted password for root from 192.0.2.1 port 22 ssh2]");
        none(SSHD, "Nov 23 10:00:01 h sshd[9]: message repeated x times: [ Failed password for root from 192.0.2.1 port 22 ssh2]");
    }

    @Test
    void anotherProgramMentioningSshdIsNotSshd() {
        none(SSHD, "Nov 23 10:00:01 h sudo: bob : COMMAND=/usr/bin/grep 'Failed password for root from 6.6.6.6 port 1 ssh2' sshd");
        none(SSHD, "Nov 23 10:00:01 h CRON[1]: Invalid user sshd from 6.6.6.6 port 1");
    }

    @Test
    void refusedConfigurationIsAuthz() {
        ParsedFailure f = one(SSHD, "Apr 16 22:01:15 h sshd[5154]: User root from 46.45.128.3 not allowed because listed in DenyUsers");
        assertFailure(f, FailureKind.AUTHZ, "root", "46.45.128.3", "2026-04-16T22:01:15");
        assertEquals(FailureKind.AUTHZ, one(SSHD, "Jan  5 01:31:41 www sshd[1643]: ROOT LOGIN REFUSED FROM 1.2.3.4 port 1 [preauth]").kind());
        assertEquals("218.249.210.161", one(SSHD, "Nov 11 23:33:27 S sshd[5174]: refused connect from x@::ffff:218.249.210.161 (::ffff:218.249.210.161)").ip());
    }

    @Test
    void refusedKeysFailOnlyIfTheConnectionEndsWithoutSuccess() {
        List<Optional<ParsedFailure>> r = stream(SSHD,
                "Nov 23 10:00:01 h sshd[10]: Failed publickey for git from 192.0.2.1 port 5 ssh2: RSA SHA256:abc",
                "Nov 23 10:00:02 h sshd[10]: Accepted publickey for git from 192.0.2.1 port 5 ssh2: ED25519 SHA256:def",
                "Nov 23 10:00:03 h sshd[10]: Connection closed by 192.0.2.1 port 5",
                "Nov 23 10:00:04 h sshd[11]: Failed publickey for monitor from 192.0.2.2 port 6 ssh2: ED25519 SHA256:abc",
                "Nov 23 10:00:05 h sshd[11]: Connection closed by authenticating user monitor 192.0.2.2 port 6 [preauth]");
        assertTrue(r.subList(0, 4).stream().allMatch(Optional::isEmpty), r::toString);
        assertFailure(r.get(4).orElseThrow(), FailureKind.AUTH, "monitor", "192.0.2.2", "2026-11-23T10:00:05");
    }

    @Test
    void anInvalidUserAndItsPasswordsCountOneFailurePerAttempt() {
        List<Optional<ParsedFailure>> r = stream(SSHD,
                "Nov 23 10:00:01 h sshd[30]: Invalid user admin from 192.0.2.5 port 4000",
                "Nov 23 10:00:01 h sshd[30]: Failed none for invalid user admin from 192.0.2.5 port 4000 ssh2",
                "Nov 23 10:00:02 h sshd[30]: pam_unix(sshd:auth): check pass; user unknown",
                "Nov 23 10:00:02 h sshd[30]: pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=192.0.2.5",
                "Nov 23 10:00:04 h sshd[30]: Failed password for invalid user admin from 192.0.2.5 port 4000 ssh2",
                "Nov 23 10:00:06 h sshd[30]: pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=192.0.2.5",
                "Nov 23 10:00:08 h sshd[30]: Failed password for invalid user admin from 192.0.2.5 port 4000 ssh2",
                "Nov 23 10:00:09 h sshd[30]: Connection closed by invalid user admin 192.0.2.5 port 4000 [preauth]");
        assertFailure(r.get(0).orElseThrow(), FailureKind.AUTH, "admin", "192.0.2.5", "2026-11-23T10:00:01");
        assertFailure(r.get(6).orElseThrow(), FailureKind.AUTH, "admin", "192.0.2.5", "2026-11-23T10:00:08");
        assertEquals(2, r.stream().filter(Optional::isPresent).count(), r::toString);
        // A client that asked for the methods and left is still a failed attempt.
        List<Optional<ParsedFailure>> left = stream(SSHD,
                "Nov 23 10:00:01 h sshd[31]: Failed none for root from 192.0.2.6 port 4001 ssh2",
                "Nov 23 10:00:02 h sshd[31]: Connection closed by authenticating user root 192.0.2.6 port 4001 [preauth]");
        assertTrue(left.get(0).isEmpty());
        assertFailure(left.get(1).orElseThrow(), FailureKind.AUTH, "root", "192.0.2.6", "2026-11-23T10:00:02");
    }

    @Test
    void tooManyFailuresWithoutAddressIsReportedWhenTheAddressIsKnown() {
        List<Optional<ParsedFailure>> r = stream(SSHD,
                "Nov 23 09:50:19 h sshd[8148]: Disconnecting: Too many authentication failures for root [preauth]",
                "Nov 23 09:50:37 h sshd[8148]: Connection closed by 61.0.0.1 [preauth]",
                "Nov 23 09:51:00 h sshd[26713]: Connection from 115.249.163.77 port 51353 on 127.0.0.1 port 22",
                "Nov 23 09:51:02 h sshd[26713]: Disconnecting: Too many authentication failures [preauth]");
        assertTrue(r.get(0).isEmpty());
        assertFailure(r.get(1).orElseThrow(), FailureKind.AUTH, "root", "61.0.0.1", "2026-11-23T09:50:37");
        assertTrue(r.get(2).isEmpty());
        assertEquals("115.249.163.77", r.get(3).orElseThrow().ip());
    }

    @Test
    void lockedAccountIsReportedOnTheDisconnectThatGivesTheAddress() {
        List<Optional<ParsedFailure>> r = stream(SSHD,
                "Apr 24 01:39:19 h sshd[3719]: User root not allowed because account is locked",
                "Apr 24 01:39:19 h sshd[3719]: input_userauth_request: invalid user root [preauth]",
                "Apr 24 01:39:19 h sshd[3719]: Received disconnect from 198.51.100.34: 11: Bye Bye [preauth]");
        assertTrue(r.get(0).isEmpty() && r.get(1).isEmpty());
        assertFailure(r.get(2).orElseThrow(), FailureKind.AUTHZ, "root", "198.51.100.34", "2026-04-24T01:39:19");
    }

    @Test
    void pamFailureAloneIsPendingUntilSshdSaysMore() {
        List<Optional<ParsedFailure>> usual = stream(SSHD,
                "Nov 23 10:00:01 h sshd[20]: pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=192.0.2.9  user=bob",
                "Nov 23 10:00:03 h sshd[20]: Failed password for bob from 192.0.2.9 port 5 ssh2",
                "Nov 23 10:00:04 h sshd[20]: Connection closed by authenticating user bob 192.0.2.9 port 5 [preauth]");
        assertTrue(usual.get(0).isEmpty());
        assertEquals("bob", usual.get(1).orElseThrow().user());
        assertTrue(usual.get(2).isEmpty(), "the attempt was reported once, on the Failed line");

        List<Optional<ParsedFailure>> closed = stream(SSHD,
                "2015-04-16T18:02:50.321974+00:00 host sshd[2716]: pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=192.0.2.112  user=root",
                "2015-04-16T18:02:50.568798+00:00 host sshd[2716]: Connection closed by 192.0.2.112 [preauth]");
        assertTrue(closed.get(0).isEmpty());
        assertFailure(closed.get(1).orElseThrow(), FailureKind.AUTH, "root", "192.0.2.112", "2015-04-16T18:02:50");

        List<Optional<ParsedFailure>> otherUser = stream(SSHD,
                "Mar  7 18:53:32 bar sshd[1559]: pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser=root rhost=192.0.2.116",
                "Mar  7 18:53:32 bar sshd[1559]: pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser=root rhost=192.0.2.116",
                "Mar  7 18:53:34 bar sshd[1559]: Accepted password for known from 192.0.2.116 port 52100 ssh2");
        assertTrue(otherUser.get(0).isEmpty() && otherUser.get(1).isEmpty());
        assertEquals("root", otherUser.get(2).orElseThrow().user());
    }

    @Test
    void sessionsAreKeptApartByHostAndPid() {
        List<Optional<ParsedFailure>> r = stream(SSHD,
                "Nov 23 09:50:19 a sshd[8148]: Disconnecting: Too many authentication failures for root [preauth]",
                "Nov 23 09:50:37 b sshd[8148]: Connection closed by 61.0.0.1 [preauth]",
                "Nov 23 09:50:38 a sshd[7148]: Connection closed by 61.0.0.1 [preauth]");
        assertTrue(r.stream().allMatch(Optional::isEmpty), r::toString);
    }

    @Test
    void scannerIsOneProbePerConnection() {
        List<Optional<ParsedFailure>> r = stream(SSHD,
                "Nov 23 10:00:48 h sshd[28549]: Connection from 127.0.0.66 port 36435 on 127.0.0.11 port 22 rdomain \"\"",
                "Nov 23 10:00:48 h sshd[28549]: error: kex_exchange_identification: client sent invalid protocol identifier \"GET / HTTP/1.0\"",
                "Nov 23 10:00:48 h sshd[28549]: banner exchange: Connection from 127.0.0.66 port 36435: invalid format");
        assertTrue(r.get(0).isEmpty());
        assertFailure(r.get(1).orElseThrow(), FailureKind.PROBE, null, "127.0.0.66", "2026-11-23T10:00:48");
        assertTrue(r.get(2).isEmpty());
    }

    @Test
    void disconnectReasonsThatAreFailures() {
        assertEquals(FailureKind.AUTH, one(SSHD, "Jul 13 18:44:28 mdop sshd[4931]: Received disconnect from 89.24.13.192: 3: com.jcraft.jsch.JSchException: Auth fail").kind());
        assertEquals(FailureKind.AUTHZ, one(SSHD, "Nov 25 01:35:14 srv sshd[3625]: error: Received disconnect from 192.168.2.92 port 1684:14: No supported authentication methods available [preauth]").kind());
        none(SSHD, "Nov 23 10:00:44 h sshd[27973]: Received disconnect from 127.0.0.1 port 49836:11: disconnected by user");
    }

    @Test
    void rfc5424Syslog() {
        ParsedFailure f = one(SSHD, "<38>1 2019-07-08T17:40:17.954167-04:00 host.example.com sshd 55555 - [timeQuality tzKnown=\"1\"][x@1 t=\"[b]\"] Failed unknown for invalid user redmond from 192.0.2.2 port 55555 ssh2");
        assertFailure(f, FailureKind.AUTH, "redmond", "192.0.2.2", "2019-07-08T21:40:17");
    }

    @Test
    void journalctlShortPrecise() {
        assertFailure(one(SSHD, "Nov 23 10:00:01.123456 h sshd[1]: Failed password for root from 192.0.2.1 port 22 ssh2"),
                FailureKind.AUTH, "root", "192.0.2.1", "2026-11-23T10:00:01");
    }

    @Test
    void solarisAndTagWithoutHost() {
        assertEquals("205.186.180.30", one(SSHD, "Mar 29 05:20:09 dusky sshd[19558]: [ID 800047 auth.info] Failed keyboard-interactive for james from 205.186.180.30 port 54520 ssh2").ip());
        assertEquals("211.188.220.49", one(SSHD, "Mar  3 00:17:22 [sshd]: User root from 211.188.220.49 not allowed because not listed in AllowUsers").ip());
        assertEquals("example.com", one(SSHD, "May 29 20:56:52 imago sshd[28732]: error: PAM: Authentication failure for stefanor from example.com").ip());
    }

    @Test
    void ordinaryTrafficIsNoFailure() {
        none(SSHD, "Nov 23 10:00:44 h sshd[27967]: Accepted publickey for monitor from 127.0.0.1 port 49836 ssh2: ED25519 SHA256:x");
        none(SSHD, "Nov 23 10:00:44 h sshd[27967]: Connection from 127.0.0.1 port 49836 on 127.0.0.11 port 22 rdomain \"\"");
        none(SSHD, "Nov 23 10:00:44 h sshd[27973]: Disconnected from user monitor 127.0.0.1 port 49836");
        none(SSHD, "Oct 15 19:51:35 server sshd[7592]: Address 1.2.3.4 maps to x.example.com, but this does not map back to the address - POSSIBLE BREAK-IN ATTEMPT!");
    }
}
