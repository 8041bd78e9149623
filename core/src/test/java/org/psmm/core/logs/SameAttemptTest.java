package org.psmm.core.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The lab's vsftpd.log and PAM auth.log of the same attempts (fixtures/lab, second capture): each attempt once. */
class SameAttemptTest {

    @Test
    void vsftpdsAndPamsLinesOfOneAttemptAreTwinsOnce() throws IOException {
        List<ParsedFailure> vsftpd = all("vsftpd-hostile.log", LogFormat.VSFTPD);
        List<ParsedFailure> pam = all("pam-vsftpd.log", LogFormat.PAM);
        assertEquals(7, vsftpd.size());
        assertEquals(3, pam.size());
        // As the collection does: each PAM line takes at most one untaken vsftpd line as its twin.
        List<ParsedFailure> kept = new ArrayList<>(vsftpd);
        List<ParsedFailure> taken = new ArrayList<>();
        for (ParsedFailure p : pam) {
            ParsedFailure twin = null;
            for (ParsedFailure v : vsftpd) {
                if (!taken.contains(v) && SameAttempt.twins(p, v)) {
                    twin = v;
                    break;
                }
            }
            if (twin == null) {
                kept.add(p);
            } else {
                taken.add(twin);
            }
        }
        assertEquals(3, taken.size(), "admin, root and ftpuser were seen by both logs");
        assertEquals(7, kept.size(), "seven attempts: " + kept);
    }

    @Test
    void onlyPamAndAnotherFormatPairAndOnlyWithinTheWindow() {
        ParsedFailure pam = Parsing.one(LogFormat.PAM, "Nov 23 10:00:00 h sshd[1]: pam_unix(sshd:auth): authentication failure; "
                + "logname= uid=0 euid=0 tty=ssh ruser= rhost=192.0.2.1  user=root");
        ParsedFailure sshd = Parsing.one(LogFormat.SSHD, "Nov 23 10:00:02 h sshd[1]: Failed password for root from 192.0.2.1 port 5 ssh2");
        ParsedFailure late = Parsing.one(LogFormat.SSHD, "Nov 23 10:00:06 h sshd[1]: Failed password for root from 192.0.2.1 port 5 ssh2");
        ParsedFailure other = Parsing.one(LogFormat.SSHD, "Nov 23 10:00:02 h sshd[1]: Failed password for bob from 192.0.2.1 port 5 ssh2");
        assertEquals("ssh", pam.service());
        assertTrue(SameAttempt.twins(pam, sshd));
        assertFalse(SameAttempt.twins(pam, late), "6 s apart");
        assertFalse(SameAttempt.twins(pam, other), "another user");
        assertFalse(SameAttempt.twins(sshd, sshd), "two sshd lines are two attempts");
    }

    private static List<ParsedFailure> all(String resource, LogFormat format) throws IOException {
        LogLineParser parser = format.newParser();
        List<ParsedFailure> out = new ArrayList<>();
        for (String line : LabFixturesTest.lines(resource)) {
            parser.parse(line, LabFixturesTest.LAB).ifPresent(out::add);
        }
        return out;
    }
}
