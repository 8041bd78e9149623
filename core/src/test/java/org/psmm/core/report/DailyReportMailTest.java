package org.psmm.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.psmm.core.notify.AdminTexts;

class DailyReportMailTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String XSS = "<img src=x onerror=alert(1)>";

    static DailyFailureReport report(long total, long before, List<Count> users, List<MultiServiceIp> multi) {
        return new DailyFailureReport(DAY, PARIS, false, total, before,
                List.of(new Count("ssh", 7), new Count("ftp", 3)),
                List.of(new Count("lab-ftp", 6), new Count("lab-web", 4)),
                List.of(new Count("127.0.0.77", 6), new Count("127.0.0.88", 4)),
                users, multi, false,
                new CsvAttachment("failures-2026-11-22.csv", CsvAttachment.CSV, total, false, false, new byte[0]));
    }

    @Test
    void userNamesFromLogsAreEscapedInHtmlAndFlattenedInText() {
        List<Count> users = List.of(new Count(XSS, 2), new Count("evil\r\nBcc: x@y.z", 1), new Count("o'brien & co", 1));
        ReportMail mail = DailyReportMail.compose(report(10, 8, users, List.of()), AdminTexts.ENGLISH);
        assertFalse(mail.html().contains(XSS), mail.html());
        assertTrue(mail.html().contains("&lt;img src=x onerror=alert(1)&gt;"), mail.html());
        assertTrue(mail.html().contains("o&#39;brien &amp; co"), mail.html());
        assertFalse(mail.html().contains("<img"), "no element made of a user name");
        assertTrue(mail.text().contains(XSS), "the text part shows the name as it was logged");
        assertTrue(mail.text().contains("evil  Bcc: x@y.z"), "line breaks of a name cannot fake lines: " + mail.text());
        assertFalse(mail.text().contains("evil\r\n"));
    }

    @Test
    void everySectionListsItsCountsInOrder() {
        ReportMail mail = DailyReportMail.compose(report(10, 8, List.of(new Count("root", 5), new Count("admin", 2)),
                List.of(new MultiServiceIp("127.0.0.77", List.of("ftp", "ssh"), 6))), AdminTexts.ENGLISH);
        String t = mail.text();
        assertTrue(t.startsWith("10 failed logins on 2026-11-22 (Europe/Paris)\n"), t);
        assertTrue(t.contains("Per service:\n         7  ssh\n         3  ftp\n"), t);
        assertTrue(t.contains("Per host:\n         6  lab-ftp\n         4  lab-web\n"), t);
        assertTrue(t.contains("Top 2 source IPs:\n   1.       6  127.0.0.77\n   2.       4  127.0.0.88\n"), t);
        assertTrue(t.contains("Top 2 user names:\n   1.       5  root\n   2.       2  admin\n"), t);
        assertTrue(t.contains("IPs seen on more than one service:\n         6  127.0.0.77  (ftp, ssh)\n"), t);
        assertTrue(t.contains("failures-2026-11-22.csv (10 rows), attached."), t);
        assertTrue(mail.html().contains("<td>127.0.0.77</td><td>ftp, ssh</td><td align=\"right\">6</td>"), mail.html());
        assertEquals("[PSMM] Failed logins on 2026-11-22: 10 (+2 vs the day before)", mail.subject());
    }

    @Test
    void theChangeFromTheDayBeforeSaysHowMuchAndFromWhat() {
        assertEquals("+2 (+25 %), from 8 the day before", DailyReportMail.change(10, 8, AdminTexts.ENGLISH));
        assertEquals("-6 (-60 %), from 10 the day before", DailyReportMail.change(4, 10, AdminTexts.ENGLISH));
        assertEquals("unchanged (7 the day before)", DailyReportMail.change(7, 7, AdminTexts.ENGLISH));
        assertEquals("+5 (none the day before)", DailyReportMail.change(5, 0, AdminTexts.ENGLISH));
        assertEquals("-3 (-100 %), from 3 the day before", DailyReportMail.change(0, 3, AdminTexts.ENGLISH));
        String t = DailyReportMail.compose(report(4, 10, List.of(), List.of()), AdminTexts.ENGLISH).text();
        assertTrue(t.contains("Change from the day before: -6 (-60 %), from 10 the day before"), t);
    }

    @Test
    void aDayWithoutFailuresGetsTheShortNothingHappenedMail() {
        ReportMail mail = DailyReportMail.compose(new DailyFailureReport(DAY, PARIS, false, 0, 3, List.of(), List.of(),
                List.of(), List.of(), List.of(), false, null), AdminTexts.ENGLISH);
        assertEquals("[PSMM] Failed logins on 2026-11-22: none", mail.subject());
        assertTrue(mail.text().startsWith("Nothing happened: no failed login on 2026-11-22 (Europe/Paris).\nThe day before: 3.\n"),
                mail.text());
        assertTrue(mail.html().contains("Nothing happened"), mail.html());
        assertFalse(mail.text().contains("Per service"));
    }

    @Test
    void aBigDayTellsTheCsvIsCompressedOrWhereToFindIt() {
        assertEquals("Every failure: failures-2026-11-22.csv.gz (200000 rows, gzip-compressed), attached.",
                DailyReportMail.attachmentLine(new CsvAttachment("failures-2026-11-22.csv.gz", CsvAttachment.GZIP, 200_000,
                        true, false, new byte[1]), AdminTexts.ENGLISH));
        assertTrue(DailyReportMail.attachmentLine(new CsvAttachment("x.csv.gz", CsvAttachment.GZIP, 9_000_000, true, true,
                null), AdminTexts.ENGLISH).contains("too much for one mail"));
    }

    @Test
    void adminsWhoChoseFrenchGetTheReportInFrench() {
        AdminTexts fr = AdminTexts.of("fr");
        ReportMail mail = DailyReportMail.compose(report(10, 8, List.of(new Count("l'admin", 5)), List.of()), fr);
        assertEquals("[PSMM] Connexions \u00e9chou\u00e9es le 2026-11-22 : 10 (+2 par rapport \u00e0 la veille)", mail.subject());
        String t = mail.text();
        assertTrue(t.startsWith("10 connexions \u00e9chou\u00e9es le 2026-11-22 (Europe/Paris)\n"), t);
        assertTrue(t.contains("\u00c9volution par rapport \u00e0 la veille: +2 (+25 %), contre 8 la veille"), t);
        assertTrue(t.contains("Par service:\n         7  ssh\n"), t);
        assertTrue(t.contains("Les 1 noms d'utilisateur les plus essay\u00e9s"), t);
        assertTrue(t.contains("Rapport quotidien de PSMM"), t);
        assertFalse(t.contains("Per service"), t);
        // a user name from a log is still escaped in the HTML part, and the French apostrophes survive
        assertTrue(mail.html().contains("l&#39;admin"), mail.html());
        assertTrue(mail.html().contains("Nom d&#39;utilisateur"), mail.html());
        assertEquals("Tous les \u00e9checs : f.csv.gz (2 lignes, compress\u00e9 avec gzip), en pi\u00e8ce jointe.",
                DailyReportMail.attachmentLine(new CsvAttachment("f.csv.gz", CsvAttachment.GZIP, 2, true, false, new byte[1]), fr));
    }

    @Test
    void theDaysLogOffsAreListedEscaped() {
        List<LoggedOffSession> logoffs = List.of(
                new LoggedOffSession(java.time.Instant.parse("2026-11-22T08:30:00Z"), "lab-web", XSS, "pts/3", "127.0.0.1",
                        3900L, null, false, true),
                new LoggedOffSession(java.time.Instant.parse("2026-11-22T09:00:00Z"), "lab-ftp", "bob", "pts/4", "", 120L,
                        "alice", false, false),
                new LoggedOffSession(java.time.Instant.parse("2026-11-22T10:00:00Z"), "lab-ftp", "carol", "2", "", 7200L,
                        null, true, true));
        ReportMail quiet = DailyReportMail.compose(new DailyFailureReport(DAY, PARIS, false, 0, 0, List.of(), List.of(),
                List.of(), List.of(), List.of(), false, null), logoffs, AdminTexts.ENGLISH);
        String t = quiet.text();
        assertTrue(t.contains("Sessions logged off by PSMM that day (3):\n  09:30  lab-web  " + XSS
                + "  pts/3  127.0.0.1  65 min  the host's idle policy\n"), t);
        assertTrue(t.contains("  10:00  lab-ftp  bob  pts/4    2 min  alice (failed)\n"), t);
        assertTrue(t.contains("the idle policy, report only: not logged off"), t);
        assertTrue(t.indexOf("Sessions logged off") < t.indexOf("PSMM daily report."), "before the footer: " + t);
        assertFalse(quiet.html().contains(XSS), quiet.html());
        assertTrue(quiet.html().contains("&lt;img src=x onerror=alert(1)&gt;"), quiet.html());
        ReportMail fr = DailyReportMail.compose(report(10, 8, List.of(), List.of()), logoffs, AdminTexts.of("fr"));
        assertTrue(fr.text().contains("Sessions ferm\u00e9es par PSMM ce jour-l\u00e0 (3)"), fr.text());
        assertEquals(DailyReportMail.compose(report(10, 8, List.of(), List.of()), AdminTexts.ENGLISH),
                DailyReportMail.compose(report(10, 8, List.of(), List.of()), List.of(), AdminTexts.ENGLISH));
    }
}
