package org.psmm.core.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.psmm.core.logs.Parsing.assertFailure;
import static org.psmm.core.logs.Parsing.none;
import static org.psmm.core.logs.Parsing.one;

import org.junit.jupiter.api.Test;

/** vsftpd, ProFTPD, Pure-FTPd and WU-FTPD. */
class FtpLogParsersTest {

    @Test
    void vsftpdOwnLog() {
        assertFailure(one(LogFormat.VSFTPD, "Mon Nov 23 19:20:50 2026 [pid 28603] [john doe] FAIL LOGIN: Client \"127.0.0.77\""),
                FailureKind.AUTH, "john doe", "127.0.0.77", "2026-11-23T19:20:50");
        assertFailure(one(LogFormat.VSFTPD, "Thu Sep  8 00:39:49 2016 [pid 15019] [guest] FAIL LOGIN: Client \"::ffff:192.0.2.1\", \"User is not in the allow user list.\""),
                FailureKind.AUTHZ, "guest", "192.0.2.1", "2016-09-08T00:39:49");
        assertEquals("2001:db8::1", one(LogFormat.VSFTPD, "Mon Nov 23 19:20:50 2026 [pid 1] [x] FAIL LOGIN: Client \"2001:db8::1\"").ip());
        assertEquals("jos??", one(LogFormat.VSFTPD, "Mon Nov 23 19:20:50 2026 [pid 28601] [jos??] FAIL LOGIN: Client \"127.0.0.77\"").user());
        none(LogFormat.VSFTPD, "Mon Nov 23 19:20:49 2026 [pid 28569] [ftpuser] OK LOGIN: Client \"127.0.0.55\"");
        none(LogFormat.VSFTPD, "Mon Nov 23 19:20:50 2026 [pid 28602] [jos??] FTP response: Client \"127.0.0.77\", \"530 Login incorrect.\"");
    }

    @Test
    void vsftpdInjectionInTheUserName() {
        // A name holding vsftpd's own marker is only a name: the failure is the last marker's address.
        ParsedFailure forged = one(LogFormat.VSFTPD, "Mon Nov 23 19:20:50 2026 [pid 1] [x] FAIL LOGIN: Client \"6.6.6.6\"] FAIL LOGIN: Client \"192.0.2.9\"");
        assertEquals("192.0.2.9", forged.ip());
        assertEquals("x] FAIL LOGIN: Client \"6.6.6.6\"", forged.user());
        // A name forging a protocol line of its sender's own address costs them nothing but that address.
        assertEquals("192.0.2.9", one(LogFormat.VSFTPD, "Mon Nov 23 19:20:50 2026 [pid 1] [x] FTP command: Client \"192.0.2.9\", \"USER y] FAIL LOGIN: Client \"192.0.2.9\"").ip());
        ParsedFailure f = one(LogFormat.VSFTPD, "Mon Nov 23 19:20:50 2026 [pid 1] [x] FAIL LOGIN \"6.6.6.6\"] FAIL LOGIN: Client \"192.0.2.9\"");
        assertEquals("192.0.2.9", f.ip());
        assertEquals("x] FAIL LOGIN \"6.6.6.6\"", f.user());
        // Another message whose text forges the marker, or a failure whose name forges another message:
        // the two read different clients, so the line is kept as a probe, never as a failed login.
        assertEquals(FailureKind.PROBE, one(LogFormat.VSFTPD, "Mon Nov 23 19:20:50 2026 [pid 1] [bob] OK MKDIR: Client \"192.0.2.9\", \"/x] FAIL LOGIN: Client \"6.6.6.6\"").kind());
        // A forged marker in the command text of another message is no failure.
        none(LogFormat.VSFTPD, "Mon Nov 23 19:20:50 2026 [pid 1] FTP command: Client \"192.0.2.9\", \"USER a] FAIL LOGIN: Client \"6.6.6.6\"\"");
        assertEquals(FailureKind.PROBE, one(LogFormat.VSFTPD, "Mon Nov 23 19:20:50 2026 [pid 1] [bob] FTP command: Client \"192.0.2.9\", \"USER x] FAIL LOGIN: Client \"6.6.6.6\"").kind());
    }

    @Test
    void vsftpdThroughSyslogAndPam() {
        assertEquals("192.0.2.222", one(LogFormat.VSFTPD, "2025-03-04T01:06:36.645577 ip-172-31-3-150 vsftpd[1658]: [username] FAIL LOGIN: Client \"192.0.2.222\"").ip());
        assertFailure(one(LogFormat.VSFTPD, "Nov 23 10:20:50 vm vsftpd: pam_unix(vsftpd:auth): authentication failure; logname= uid=0 euid=0 tty=ftp ruser=admin rhost=127.0.0.77 "),
                FailureKind.AUTH, "admin", "127.0.0.77", "2026-11-23T10:20:50");
        assertEquals("root", one(LogFormat.VSFTPD, "Nov 23 19:20:50 vm vsftpd: pam_unix(vsftpd:auth): authentication failure; logname= uid=0 euid=0 tty=ftp ruser=root rhost=127.0.0.88  user=root").user());
        assertEquals("127.0.0.1", one(LogFormat.VSFTPD, "Nov 23 19:20:50 vm vsftpd: pam_unix(vsftpd:auth): authentication failure; logname= uid=0 euid=0 tty=ftp ruser=bob rhost=::ffff:127.0.0.1").ip());
        none(LogFormat.VSFTPD, "Nov 23 19:20:50 vm sshd[1]: pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=127.0.0.1");
        assertEquals("209.67.1.67", one(LogFormat.VSFTPD, "Oct 11 01:06:47 ServerJV vsftpd: (pam_unix) authentication failure; logname= uid=0 euid=0 tty= ruser= rhost=209.67.1.67").ip());
        // The marker quoted in a logged command is the client's text.
        none(LogFormat.VSFTPD, "Nov 23 10:20:50 vm vsftpd[3]: [bob] FTP command: Client \"192.0.2.9\", \"USER authentication failure; logname= uid=0 euid=0 tty= ruser= rhost=6.6.6.6");
    }

    @Test
    void pamUserFieldsCannotForgeTheAddress() {
        // vsftpd puts the typed name in PAM_RUSER (before rhost) and pam_unix adds user= (after).
        assertEquals("192.0.2.1", PamAuthFailure.parse(RawLine.of("authentication failure; logname= uid=0 euid=0 tty=ftp ruser=x rhost=6.6.6.6 rhost=192.0.2.1"), 0).rhost());
        assertEquals("192.0.2.1", PamAuthFailure.parse(RawLine.of("authentication failure; logname= uid=0 euid=0 tty=ftp ruser=x rhost=6.6.6.6 user=y rhost=192.0.2.1"), 0).rhost());
        // user= names an existing account (no blank): a "user=" followed by more blanks is R's text,
        // and R (the typed name) may forge an empty ruser= and a whole sshd-like line.
        assertEquals("192.0.2.1", PamAuthFailure.parse(RawLine.of("authentication failure; logname= uid=0 euid=0 tty=ftp ruser= rhost=6.6.6.6  user=\"x logname= rhost=192.0.2.1 "), 0).rhost());
        assertEquals("192.0.2.1", PamAuthFailure.parse(RawLine.of("authentication failure; logname= uid=0 euid=0 tty=ftp ruser= rhost=6.6.6.6  user=x rhost=192.0.2.1 "), 0).rhost());
        assertEquals("192.0.2.1", PamAuthFailure.parse(RawLine.of("authentication failure; logname= uid=0 euid=0 tty=ftp ruser=x rhost=6.6.6.6 [preauth] rhost=192.0.2.1 "), 0).rhost());
        PamAuthFailure both = PamAuthFailure.parse(RawLine.of("authentication failure; logname= uid=0 euid=0 tty=ftp ruser=root rhost=192.0.2.1  user=root"), 0);
        assertEquals("192.0.2.1", both.rhost());
        assertEquals("root", both.user());
    }

    @Test
    void proftpd() {
        assertFailure(one(LogFormat.PROFTPD, "Jun 09 07:30:58 platypus proftpd[11864] platypus.example (mail.example.net[::ffff:67.227.224.66]): USER username (Login failed): Incorrect password."),
                FailureKind.AUTH, "username", "67.227.224.66", "2026-06-09T07:30:58");
        assertEquals(FailureKind.AUTHZ, one(LogFormat.PROFTPD, "Jan 10 00:00:00 myhost proftpd[12345] myhost.domain.com (123.123.123.123[123.123.123.123]): USER username (Login failed): User in /etc/ftpusers").kind());
        assertFailure(one(LogFormat.PROFTPD, "Oct  2 15:45:44 ftp01 proftpd[5517]: 192.0.2.13 (192.0.2.13[192.0.2.13]) - SECURITY VIOLATION: Root login attempted"),
                FailureKind.AUTHZ, "root", "192.0.2.13", "2026-10-02T15:45:44");
        assertEquals("1.2.3.4", one(LogFormat.PROFTPD, "2013-11-16 21:59:30,121 novo proftpd[25891] localhost (andy[1.2.3.4]): USER kjsad: no such user found from andy [1.2.3.5] to ::ffff:192.168.1.14:21").ip());
        // The user name holds a forged session tag: the address is the session's.
        assertEquals("59.167.242.100", one(LogFormat.PROFTPD, "Jun 14 00:09:59 p proftpd[17839] p.example (::ffff:59.167.242.100[::ffff:59.167.242.100]): USER p proftpd[17424] p (hihoinjection[1.2.3.44]): no such user found from ::ffff:59.167.242.100 [::ffff:59.167.242.100] to ::ffff:113.212.99.194:21").ip());
        none(LogFormat.PROFTPD, "Jun 14 00:09:59 p proftpd[17839] p.example (h[192.0.2.1]): USER bob: Login successful.");
    }

    @Test
    void pureFtpdAndWuFtpd() {
        assertFailure(one(LogFormat.PUREFTPD, "Jan 31 16:54:07 desktop pure-ftpd: (?@24.79.92.194) [WARNING] Authentication failed for user [Administrator]"),
                FailureKind.AUTH, "Administrator", "24.79.92.194", "2026-01-31T16:54:07");
        assertEquals("2001:db8::2", one(LogFormat.PUREFTPD, "Jan 31 16:54:07 desktop pure-ftpd[3]: (?@2001:db8::2) [WARNING] Authentication failed for user [a] b]").ip());
        assertFailure(one(LogFormat.WUFTPD, "Oct  6 09:59:26 myserver wu-ftpd[18760]: failed login from hj-145-173-a8.bta.net.cn [202.108.145.173]"),
                FailureKind.AUTH, null, "202.108.145.173", "2026-10-06T09:59:26");
        assertEquals("198.51.100.71", one(LogFormat.WUFTPD, "Mar 22 09:35:02 SiD wu-ftpd[31278]: pam_unix(wu-ftpd:auth): authentication failure; logname= uid=0 euid=0 tty= ruser= rhost=198.51.100.71  user=root").ip());
        assertEquals("2001:db8::9", one(LogFormat.WUFTPD, "Oct  6 09:59:26 myserver ftpd[18760]: failed login from h.example [::ffff:2001:db8::9]".replace("::ffff:", "")).ip());
        assertEquals("192.0.2.1", one(LogFormat.WUFTPD, "Oct  6 09:59:26 myserver ftpd[18760]: failed login from ::ffff:192.0.2.1 [::ffff:192.0.2.1]").ip());
    }

    @Test
    void pureFtpdAndWuFtpdInjections() {
        // The name in brackets ends the line; the host is in the session tag before it.
        ParsedFailure f = one(LogFormat.PUREFTPD, "Jan 31 16:54:07 d pure-ftpd: (?@192.0.2.3) [WARNING] Authentication failed for user [x (?@6.6.6.6) [WARNING] Authentication failed for user [y]");
        assertEquals("192.0.2.3", f.ip());
        none(LogFormat.PUREFTPD, "Jan 31 16:54:07 d pure-ftpd: (?@192.0.2.3) [INFO] USER x (?@6.6.6.6) [WARNING] Authentication failed for user [y]");
        // A reverse-DNS name cannot hold brackets: the address is in the last pair.
        assertEquals("192.0.2.4", one(LogFormat.WUFTPD, "Oct  6 09:59:26 h wu-ftpd[1]: failed login from x [6.6.6.6] [192.0.2.4]").ip());
        none(LogFormat.WUFTPD, "Oct  6 09:59:26 h wu-ftpd[1]: failed login from x [192.0.2.4] extra");
    }
}
