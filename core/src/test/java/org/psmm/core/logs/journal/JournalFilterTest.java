package org.psmm.core.logs.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.psmm.core.ssh.RemoteCommand;

class JournalFilterTest {

    @Test
    void unitsAndIdentifiers() {
        JournalFilter unit = JournalFilter.parse(" mariadb.service ");
        assertEquals(JournalFilter.Kind.UNIT, unit.kind());
        assertEquals(List.of("--unit=mariadb.service"), unit.arguments());
        JournalFilter ids = JournalFilter.parse("sshd, sshd-session sshd");
        assertEquals(JournalFilter.Kind.IDENTIFIER, ids.kind());
        assertEquals("sshd,sshd-session", ids.toString());
        assertEquals(List.of("--identifier=sshd", "--identifier=sshd-session"), ids.arguments());
        assertEquals(JournalFilter.Kind.UNIT, JournalFilter.parse("ssh@1-10.0.0.1:22-10.0.0.2:5.service").kind());
    }

    @Test
    void anythingAShellOrJournalctlWouldReadOtherwiseIsRefused() {
        for (String bad : new String[] {null, "", "  ", "-f", "--file=/etc/shadow", "sshd;reboot", "sshd$(id)", "a b|c",
                "ssh.service,sshd", "'sshd'", "ss\u0000hd", "x".repeat(300), "a,b,c,d,e,f,g,h,i", "../x", "s\u00e9"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JournalFilter.parse(bad),
                    String.valueOf(bad));
            assertTrue(e.getMessage().length() > 10);
        }
    }

    @Test
    void theCommandReadsFromTheCursorWithEveryValueAsOneOption() {
        RemoteCommand c = JournalCommand.read(JournalFilter.parse("sshd,sshd-session"), "/var/lab/x.journal",
                "s=ab;i=1f;b=cd;m=1;t=2;x=3", null);
        assertTrue(c.usesSudo());
        assertEquals(List.of("journalctl", "--no-pager", "--quiet", "--output=json",
                "--output-fields=MESSAGE,_PID,_HOSTNAME,SYSLOG_IDENTIFIER", "--file=/var/lab/x.journal",
                "--cursor=s=ab;i=1f;b=cd;m=1;t=2;x=3", "--identifier=sshd", "--identifier=sshd-session"), c.words());
        assertTrue(c.commandLine().contains("'--cursor=s=ab;i=1f;b=cd;m=1;t=2;x=3'"), c.commandLine());
        RemoteCommand since = JournalCommand.read(JournalFilter.parse("mariadb.service"), null, null, 1700000000000042L);
        assertTrue(since.words().contains("--since=@1700000000.000042"), since.words().toString());
        assertThrows(IllegalArgumentException.class,
                () -> JournalCommand.read(JournalFilter.parse("sshd"), null, "s=1 --file=/x", null));
        assertThrows(IllegalArgumentException.class,
                () -> JournalCommand.read(JournalFilter.parse("sshd"), "relative.journal", null, null));
    }
}
