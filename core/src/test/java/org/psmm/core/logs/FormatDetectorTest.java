package org.psmm.core.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class FormatDetectorTest {

    private static Optional<LogFormat> detect(String... lines) {
        return FormatDetector.detect(List.of(lines), Parsing.UTC);
    }

    @Test
    void eachFormatFromItsFirstLines() {
        assertEquals(LogFormat.SSHD, detect("Nov 23 10:00:44 h sshd[27967]: Connection from 127.0.0.1 port 49836 on 127.0.0.11 port 22").orElseThrow());
        assertEquals(LogFormat.MARIADB, detect("2026-11-23 19:20:40 0 [Note] InnoDB: Using io_uring").orElseThrow());
        assertEquals(LogFormat.VSFTPD, detect("Mon Nov 23 19:20:49 2026 [pid 28570] CONNECT: Client \"127.0.0.55\"").orElseThrow());
        assertEquals(LogFormat.NGINX, detect("2026/11/23 19:20:56 [notice] 1#1: start worker processes").orElseThrow());
        assertEquals(LogFormat.APACHE, detect("[Sat Jul 20 21:37:32.266605 2013] [mpm_event:notice] [pid 1:tid 2] AH00489: Apache configured").orElseThrow());
        assertEquals(LogFormat.PROFTPD, detect("Jun 09 07:30:58 p proftpd[11864] p.example: ProFTPD 1.3.8 standalone mode STARTUP").orElseThrow());
        assertEquals(LogFormat.PUREFTPD, detect("Jan 31 16:54:07 desktop pure-ftpd: (?@24.79.92.194) [INFO] New connection from 24.79.92.194").orElseThrow());
        assertEquals(LogFormat.WUFTPD, detect("Oct  6 09:59:26 myserver wu-ftpd[18760]: connect from 1.2.3.4").orElseThrow());
        assertEquals(LogFormat.XRDP, detect("[20220407-12:11:06] [INFO ] starting xrdp-sesman").orElseThrow());
    }

    @Test
    void failuresOutweighMentions() {
        // A Debian auth.log: sshd sessions and sudo around vsftpd's PAM failures: read as PAM's.
        assertEquals(LogFormat.PAM, detect(
                "Nov 23 19:20:44 vm sshd[27967]: pam_unix(sshd:session): session opened for user monitor(uid=1001) by (uid=0)",
                "Nov 23 19:20:44 vm sshd[27967]: pam_unix(sshd:session): session closed for user monitor",
                "Nov 23 19:20:50 vm vsftpd: pam_unix(vsftpd:auth): authentication failure; logname= uid=0 euid=0 tty=ftp ruser=admin rhost=127.0.0.77 ").orElseThrow());
    }

    @Test
    void nothingKnownIsUnknown() {
        assertTrue(detect("hello", "world").isEmpty());
        assertTrue(detect().isEmpty());
    }
}
