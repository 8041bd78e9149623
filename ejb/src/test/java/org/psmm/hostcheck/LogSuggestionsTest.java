package org.psmm.hostcheck;

import org.psmm.host.Host;
import org.psmm.host.HostForm;
import org.psmm.host.HostRole;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.psmm.logsource.LogSourceForm;
import org.psmm.logsource.LogSourceService;

/** The host check's report of the usual logs, read back into the suggestions for the host. */
class LogSuggestionsTest {

    private static Host sqlHost() {
        HostForm form = new HostForm();
        form.setName("db1");
        form.setAddress("192.0.2.10");
        form.setRoles(Set.of(HostRole.SQL));
        form.setTimeZone("UTC");
        return new Host(form, Instant.EPOCH);
    }

    private static Set<String> missing(String existsOutput) {
        String report = HostCheckService.logsReport(List.of(LogSourceService.AUTH_LOG, LogSourceService.MARIADB_ERROR_LOG),
                existsOutput);
        HostCheck check = new HostCheck(1, Instant.EPOCH, 1,
                List.of(new HostCheckItem(HostCheckService.LOGS, true, 1, report)));
        return HostCheckService.missingLogs(check);
    }

    private static List<String> described(Set<String> missing) {
        return LogSourceService.suggestions(sqlHost(), missing).stream()
                .map(f -> f.getKind() + " " + (f.isJournal() ? f.getFilter() : f.getPath()) + " " + f.getFormat())
                .toList();
    }

    @Test
    void aDefaultDebian12GetsTheJournalForSshAndMariadb() {
        Set<String> missing = missing("no /var/log/auth.log\nno /var/log/mysql/error.log\n");
        assertEquals(Set.of("/var/log/auth.log", "/var/log/mysql/error.log"), missing);
        assertEquals(List.of("JOURNAL sshd,sshd-session sshd", "JOURNAL mariadb.service mariadb"), described(missing));
    }

    @Test
    void filesThatExistAreSuggestedAsFiles() {
        Set<String> missing = missing("yes /var/log/auth.log\nno /var/log/mysql/error.log\n");
        assertEquals(List.of("FILE /var/log/auth.log sshd", "JOURNAL mariadb.service mariadb"), described(missing));
        assertEquals(List.of("FILE /var/log/auth.log sshd", "FILE /var/log/mysql/error.log mariadb"), described(Set.of()),
                "a host never checked gets the files");
    }

    @Test
    void anFtpHostGetsPamsLinesBesideVsftpdsLog() {
        HostForm form = new HostForm();
        form.setName("ftp1");
        form.setAddress("192.0.2.11");
        form.setRoles(Set.of(HostRole.FTP));
        form.setTimeZone("UTC");
        Host ftp = new Host(form, Instant.EPOCH);
        java.util.function.Function<Set<String>, List<String>> described = missing -> LogSourceService.suggestions(ftp, missing)
                .stream().map(f -> f.getKind() + " " + (f.isJournal() ? f.getFilter() : f.getPath()) + " " + f.getFormat())
                .toList();
        assertEquals(List.of("FILE /var/log/auth.log sshd", "FILE /var/log/vsftpd.log vsftpd", "FILE /var/log/auth.log pam"),
                described.apply(Set.of()), "auth.log read twice: sshd's lines, and PAM's of every service");
        assertEquals(List.of("JOURNAL sshd,sshd-session sshd", "FILE /var/log/vsftpd.log vsftpd", "JOURNAL vsftpd pam"),
                described.apply(Set.of(LogSourceService.AUTH_LOG)));
    }

    @Test
    void aJournalSuggestionIsShownWithTheLabelItWillHave() {
        LogSourceForm form = LogSourceForm.journal("sshd,sshd-session", "sshd");
        assertEquals("journal:sshd,sshd-session", form.getPath());
    }
}
