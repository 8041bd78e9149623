package org.psmm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.psmm.it.PsmmServer.Api;
import org.psmm.it.PsmmServer.Reply;

/**
 * The daily report on the lab: real failed logins made with real clients, collected by the real
 * job, reported the next morning by the timer (PSMM's clock moved to 08:00 the day after, the
 * report time 07:00), delivered by GreenMail: the counts, the CSV attachment and the escaping as
 * an administrator reads them. On request, any day, repeatable, and a day with nothing.
 */
@ExtendWith(ArquillianExtension.class)
class DailyReportIT {

    private static final Api API = PsmmServer.admin();
    private static final String XSS_USER = "<img src=x onerror=alert(1)>";
    /** The hostile SSH login comes from an address of its own: its row is told from the lab's. */
    private static final String XSS_SOURCE = "127.0.0.99";
    private static final ZoneId SERVER_ZONE = ZoneId.systemDefault();
    private static GreenMail smtp;
    private static List<LabHosts.Watched> watched;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PsmmServer.ear();
    }

    @BeforeAll
    static void labLogsWatchedAndSmtpUp() {
        PsmmServer.removeAllHosts();
        watched = LabHosts.watchAll(API);
        smtp = TestMail.startSmtp();
    }

    @AfterAll
    static void smtpDown() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @AfterEach
    void backToDefaults() {
        TestClock.setOffset(0);
        PsmmServer.putOk("settings", "{\"alerts.adminRecipients\":\"\",\"report.dailyEnabled\":\"true\",\"report.dailyTime\":\"07:00\","
                + "\"notify.language\":\"en\"}");
    }

    @Test
    void yesterdaysAttacksArriveInTheMorningReportWithExactlyTheirCountsAndRowsOnce() throws Exception {
        // The lab's logs hold every earlier attack (other tests, other runs): collect them, then
        // start the day empty, so what the report holds is what this test did.
        assertEquals("COMPLETED", CollectionJobs.runJob().getString("status"));
        try (Connection c = PsmmServer.database(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM auth_failure");
        }
        List<JsonObject> attempts = new ArrayList<>();
        attempts.add(sshAs(XSS_USER, "lab-ftp"));
        attempts.addAll(Lab.attack("ssh", 4));
        attempts.addAll(Lab.attack("ftp", 3));
        attempts.addAll(Lab.attack("web", 3));
        attempts.addAll(Lab.attack("sql", 2));
        JsonObject execution = CollectionJobs.runJob();
        assertEquals("COMPLETED", execution.getString("status"), execution.toString());

        LocalDate day = LocalDate.ofInstant(Instant.parse(attempts.get(0).getString("time")), SERVER_ZONE);
        assertEquals(day, LocalDate.ofInstant(Instant.now(), SERVER_ZONE), "the attacks and the check fall on one day");
        List<String[]> stored = storedRows(day);
        assertEquals(CollectionJobs.attempted(attempts), tally(stored.stream().filter(r -> !r[3].equals("probe")).toList()),
                "the day holds the attacks made, each once");

        // PSMM wakes up at 08:00 the day after; its report time is 07:00.
        Instant morning = day.plusDays(1).atTime(8, 0).atZone(SERVER_ZONE).toInstant();
        TestClock.setOffset(Duration.between(Instant.now(), morning).getSeconds());
        String ann = TestMail.unique("ann");
        String bob = TestMail.unique("bob");
        PsmmServer.putOk("settings", "{\"report.dailyTime\":\"07:00\",\"report.dailyEnabled\":\"true\",\"alerts.adminRecipients\":\""
                + ann + ", " + bob + "\"}");
        awaitScheduledRun(day);
        TestMail.sendDue();
        List<MimeMessage> toAnn = mailsTo(ann);
        assertEquals(1, toAnn.size());
        assertEquals(1, mailsTo(bob).size());
        MimeMessage mail = toAnn.get(0);
        assertTrue(mail.isMimeType("multipart/mixed"), mail.getContentType());

        int total = stored.size();
        assertEquals("[PSMM] Failed logins on " + day + ": " + total + " (+" + total + " vs the day before)", mail.getSubject());
        String text = GreenMailBodies.text(mail).replace("\r\n", "\n"); // SMTP carries CRLF line ends
        assertTrue(text.startsWith(total + " failed logins on " + day + " (" + SERVER_ZONE.getId() + ")\n"), text);
        assertTrue(text.contains("Change from the day before: +" + total + " (none the day before)"), text);
        assertTrue(text.contains(section("Per service", counts(stored, 1))), text);
        assertTrue(text.contains(section("Per host", counts(stored, 0))), text);
        Map<String, Long> ips = counts(stored, 5);
        assertEquals(1L, ips.get(XSS_SOURCE));
        for (Map.Entry<String, Long> ip : ips.entrySet()) {
            assertTrue(text.matches("(?s).*\\n +\\d+\\. +" + ip.getValue() + "  " + java.util.regex.Pattern.quote(ip.getKey()) + "\\n.*"),
                    ip + " in the top IPs: " + text);
        }
        for (Map.Entry<String, List<String>> ip : multiServiceIps(stored).entrySet()) {
            assertTrue(text.contains("  " + ip.getKey() + "  (" + String.join(", ", ip.getValue()) + ")"), ip + ": " + text);
        }
        assertFalse(text.contains("  " + XSS_SOURCE + "  ("), "one service only: not among the multi-service IPs");
        assertTrue(text.contains(XSS_USER), "the text part shows the name as logged");

        String html = GreenMailBodies.html(mail).replace("\r\n", "\n");
        assertFalse(html.contains(XSS_USER), html);
        assertFalse(html.contains("<img"), html);
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"), html);

        Part csv = attachment(mail);
        assertEquals("failures-" + day + ".csv", csv.getFileName());
        assertTrue(csv.isMimeType("text/csv"), csv.getContentType());
        List<List<String>> rows = Csv.parse(new String(csv.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        assertEquals(List.of("time_utc", "local_time", "host", "service", "kind", "user", "ip", "raw_line"), rows.get(0));
        List<List<String>> expectedRows = stored.stream()
                .map(r -> List.of(r[6], r[0], r[1], r[3], r[4] == null ? "" : r[4], r[5])).sorted(Csv.ORDER).toList();
        List<List<String>> attached = rows.subList(1, rows.size()).stream()
                .map(r -> List.of(r.get(0), r.get(2), r.get(3), r.get(4), r.get(5), r.get(6))).sorted(Csv.ORDER).toList();
        assertEquals(expectedRows, attached, "the CSV holds exactly the day's rows");
        assertTrue(rows.stream().anyMatch(r -> r.get(5).equals(XSS_USER) && r.get(6).equals(XSS_SOURCE)));

        // Once a day: another look of the timer (a settings change re-arms it) sends nothing more.
        PsmmServer.putOk("settings", "{\"report.dailyTime\":\"07:30\"}");
        Thread.sleep(3000);
        TestMail.sendDue();
        assertEquals(1, mailsTo(ann).size(), "the day was reported already");
        assertEquals(1, runs().stream().filter(r -> r.getString("day").equals(day.toString())
                && r.getString("trigger").equals("SCHEDULED")).count());
    }

    @Test
    void onRequestAnyDayGoesAgainAndADayWithNothingGetsTheShortMail() throws Exception {
        LocalDate quiet = LocalDate.now(SERVER_ZONE).minusDays(400);
        assertEquals(409, API.post("reports/daily?day=" + quiet, "").status(), "no recipient yet");
        String cat = TestMail.unique("cat");
        PsmmServer.putOk("settings", "{\"alerts.adminRecipients\":\"" + cat + "\"}");

        Reply first = API.post("reports/daily?day=" + quiet, "");
        assertEquals(202, first.status(), first.body());
        assertEquals(0, first.json().getInt("failures"));
        assertEquals(1, first.json().getInt("queued"));
        assertEquals(0, first.json().getInt("earlierReports"));
        assertTrue(first.json().getBoolean("onDemand"));
        Reply again = API.post("reports/daily?day=" + quiet, "");
        assertEquals(202, again.status(), again.body());
        assertEquals(1, again.json().getInt("earlierReports"));
        assertTrue(again.json().getString("message").contains("a day may be sent any number of times; 1 report(s) of this day went before"),
                again.body());

        TestMail.sendDue();
        List<MimeMessage> mails = mailsTo(cat);
        assertEquals(2, mails.size(), "a request is honoured each time");
        for (MimeMessage m : mails) {
            assertEquals("[PSMM] Failed logins on " + quiet + ": none", m.getSubject());
            assertTrue(GreenMailBodies.text(m).startsWith("Nothing happened: no failed login on " + quiet), GreenMailBodies.text(m));
            assertTrue(GreenMailBodies.html(m).contains("Nothing happened"));
            assertFalse(m.isMimeType("multipart/mixed"), "nothing to attach");
        }
        assertEquals(2, runs().stream().filter(r -> r.getString("day").equals(quiet.toString())
                && r.getString("trigger").equals("ON_DEMAND") && r.getString("requestedBy").equals("admin")).count());
    }

    /** The one report mail of {@code day} an admin who chose French receives, asked for on demand. */
    private static MimeMessage frenchReport(LocalDate day, String admin) throws Exception {
        String address = TestMail.unique(admin);
        PsmmServer.putOk("settings", "{\"alerts.adminRecipients\":\"" + address + "\",\"notify.language\":\"fr\"}");
        assertEquals(202, API.post("reports/daily?day=" + day, "").status());
        TestMail.sendDue();
        List<MimeMessage> mails = mailsTo(address);
        assertEquals(1, mails.size());
        return mails.get(0);
    }

    @Test
    void adminsWhoChoseFrenchGetTheReportInFrench() throws Exception {
        assertEquals(400, API.put("settings", "{\"notify.language\":\"de\"}").status(), "English or French only");
        LocalDate quiet = LocalDate.now(SERVER_ZONE).minusDays(401);
        MimeMessage mail = frenchReport(quiet, "eve");
        assertEquals("[PSMM] Connexions \u00e9chou\u00e9es le " + quiet + " : aucune", mail.getSubject());
        String text = GreenMailBodies.text(mail);
        assertTrue(text.startsWith("Rien \u00e0 signaler : aucune connexion \u00e9chou\u00e9e le " + quiet), text);
        assertTrue(text.contains("Rapport quotidien de PSMM"), text);
    }

    /** An admin logs a real idle session off; that day's report lists it, in French when the admins chose French. */
    @Test
    void aSessionAnAdminLoggedOffIsInThatDaysReportInTheAdminsLanguage() throws Exception {
        long web = watched.stream().filter(w -> w.lab().equals("lab-web")).findFirst().orElseThrow().id();
        String tty;
        try (LabLogins.Login idle = LabLogins.idleSession("nosudo", "lab-web", 600)) {
            tty = idle.tty();
            assertEquals(200, API.post("metrics/poll", "").status());
            PsmmServer.Reply off = API.post("hosts/" + web + "/sessions/logoff", "{\"session\":\"" + tty + "\"}");
            assertEquals(200, off.status(), off.body());
            assertTrue(idle.endsWithin(15), "the session was really hung up");
        }
        MimeMessage mail = frenchReport(LocalDate.now(SERVER_ZONE), "fay");
        String text = GreenMailBodies.text(mail);
        assertTrue(text.contains("Sessions ferm\u00e9es par PSMM ce jour-l\u00e0 ("), text);
        String line = text.lines().filter(l -> l.contains("  nosudo  ") && l.contains("  " + tty + "  ")).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no line for nosudo@" + tty + " in:\n" + text));
        assertTrue(line.endsWith("admin"), "by the admin who did it: " + line);
        String html = GreenMailBodies.html(mail);
        assertTrue(html.contains("<th align=\"left\">Inactive depuis</th>"), "the table's headings in French");
    }

    @Test
    void aBadDayIsRefusedWithAClearMessageAndOnlyAdminsMaySend() throws Exception {
        PsmmServer.putOk("settings", "{\"alerts.adminRecipients\":\"" + TestMail.unique("dan") + "\"}");
        Reply bad = API.post("reports/daily?day=22/11/2026", "");
        assertEquals(400, bad.status(), bad.body());
        assertTrue(bad.json().getString("error").contains("day must be a date YYYY-MM-DD"), bad.body());
        Reply missing = API.post("reports/daily", "");
        assertEquals(400, missing.status(), missing.body());
        assertTrue(missing.json().getString("error").contains("day is required"), missing.body());
        Reply future = API.post("reports/daily?day=" + LocalDate.now(SERVER_ZONE).plusDays(2), "");
        assertEquals(400, future.status(), future.body());
        assertTrue(future.json().getString("error").contains("is in the future"), future.body());

        PsmmServer.ensureUser("report-operator", "operator-secret", "operator");
        Api operator = PsmmServer.api("report-operator", "operator-secret");
        assertEquals(403, operator.post("reports/daily?day=" + LocalDate.now(SERVER_ZONE).minusDays(1), "").status());
        assertEquals(403, operator.get("reports/daily").status());
    }

    @Test
    void aDayOfAHundredThousandFailuresIsReportedWithTheWholeListGzipped() throws Exception {
        LocalDate busy = LocalDate.now(SERVER_ZONE).minusDays(300);
        int n = 100_000;
        try (Connection c = PsmmServer.database();
                PreparedStatement source = c.prepareStatement("SELECT id, host_id FROM log_source LIMIT 1");
                ResultSet rs = source.executeQuery()) {
            assertTrue(rs.next(), "the lab's log sources exist");
            // A scan's day, written in one statement (MariaDB's sequence engine) rather than made
            // with real clients: 100,000 real logins would take the lab an hour.
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO auth_failure (source_id, host_id, service, format, kind,"
                    + " user_name, source_ip, occurred_at, file_identity, byte_offset, raw_line, collected_at)"
                    + " SELECT ?, ?, ELT(1 + seq % 4, 'ssh', 'ftp', 'web', 'mariadb'), 'sshd', 'auth', CONCAT('user', seq % 500),"
                    + " CONCAT('10.', seq % 7, '.', (seq DIV 7) % 250, '.', seq % 200), ? + INTERVAL (seq % 86000) SECOND, ?, seq,"
                    + " CONCAT('Nov 1 00:00:00 host sshd[1]: Invalid user user', seq % 500, ' from somewhere port ', seq), NOW(6)"
                    + " FROM mysql.seq_1_to_" + n)) {
                ps.setLong(1, rs.getLong(1));
                ps.setLong(2, rs.getLong(2));
                ps.setObject(3, LocalDateTime.ofInstant(busy.atStartOfDay(SERVER_ZONE).toInstant(), ZoneOffset.UTC));
                ps.setString(4, "busy-" + UUID.randomUUID());
                assertEquals(n, ps.executeUpdate());
            }
        }
        String fay = TestMail.unique("fay");
        PsmmServer.putOk("settings", "{\"alerts.adminRecipients\":\"" + fay + "\"}");
        long started = System.nanoTime();
        Reply queued = API.post("reports/daily?day=" + busy, "");
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("report of a day of " + n + " failures built and queued in " + millis + " ms");
        assertEquals(202, queued.status(), queued.body());
        assertEquals(n, queued.json().getInt("failures"));
        assertEquals("failures-" + busy + ".csv.gz", queued.json().getString("attachment"));
        TestMail.sendDue();
        MimeMessage mail = mailsTo(fay).get(0);
        assertTrue(mail.getSize() < 5 * 1024 * 1024, "a mail a relay accepts: " + mail.getSize());
        String text = GreenMailBodies.text(mail).replace("\r\n", "\n");
        assertTrue(text.contains("Per service:\n     25000  ftp\n     25000  mariadb\n     25000  ssh\n     25000  web\n"), text);
        assertTrue(text.contains("Top 10 user names:\n   1.     200  user0\n"), text);
        Part csv = attachment(mail);
        assertTrue(csv.isMimeType("application/gzip"), csv.getContentType());
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(
                new java.util.zip.GZIPInputStream(csv.getInputStream()), StandardCharsets.UTF_8))) {
            assertEquals(n + 1, lines.lines().count(), "the header and every row");
        }
        try (Connection c = PsmmServer.database(); Statement s = c.createStatement()) {
            try (ResultSet left = s.executeQuery("SELECT COUNT(*) FROM notification_attachment a JOIN notification n"
                    + " ON n.id = a.notification_id WHERE n.recipient = '" + fay + "'")) {
                left.next();
                assertEquals(0, left.getInt(1), "a sent mail's attachment is not kept");
            }
            s.executeUpdate("DELETE FROM auth_failure WHERE file_identity LIKE 'busy-%'");
        }
    }

    /** A failed SSH login as {@code user}, made with the ssh client from XSS_SOURCE, as lab/attack does. */
    static JsonObject sshAs(String user, String lab) throws Exception {
        Path key = Path.of(System.getProperty("psmm.lab", "../lab"), "var", "keys", "attacker_ed25519");
        if (!Files.isReadable(key)) {
            throw new IllegalStateException(key + " is missing: start the lab with lab/up");
        }
        Path config = Files.createTempFile("report-ssh", ".conf");
        // The name goes through a config file, quoted: the ssh command line refuses such names.
        Files.writeString(config, """
                Host target
                  HostName %s
                  Port 22
                  User "%s"
                  BindAddress %s
                  IdentityFile %s
                  IdentitiesOnly yes
                  IdentityAgent none
                  BatchMode yes
                  PreferredAuthentications publickey
                  StrictHostKeyChecking no
                  UserKnownHostsFile /dev/null
                  ConnectTimeout 10
                  LogLevel ERROR
                """.formatted(Lab.address(lab), user, XSS_SOURCE, key.toAbsolutePath()));
        try {
            String time = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
            Process p = new ProcessBuilder("ssh", "-F", config.toString(), "target", "true")
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            assertTrue(out.contains("Permission denied"), "the lab's sshd refused " + user + ": " + out);
            return Json.createObjectBuilder().add("service", "ssh").add("user", user).add("source", XSS_SOURCE)
                    .add("time", time).build();
        } finally {
            Files.deleteIfExists(config);
        }
    }

    /** Every stored failure of the day: host, service, (unused), kind, user, ip, time_utc. */
    static List<String[]> storedRows(LocalDate day) throws Exception {
        List<String[]> rows = new ArrayList<>();
        try (Connection c = PsmmServer.database();
                PreparedStatement ps = c.prepareStatement("SELECT h.name, f.service, f.id, f.kind, f.user_name, f.source_ip, "
                        + "f.occurred_at FROM auth_failure f JOIN host h ON h.id = f.host_id "
                        + "WHERE f.occurred_at >= ? AND f.occurred_at < ?")) {
            ps.setObject(1, LocalDateTime.ofInstant(day.atStartOfDay(SERVER_ZONE).toInstant(), ZoneOffset.UTC));
            ps.setObject(2, LocalDateTime.ofInstant(day.plusDays(1).atStartOfDay(SERVER_ZONE).toInstant(), ZoneOffset.UTC));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Instant at = rs.getObject(7, LocalDateTime.class).toInstant(ZoneOffset.UTC);
                    rows.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), at.toString()});
                }
            }
        }
        assertFalse(rows.isEmpty());
        return rows;
    }

    static Map<String, Integer> tally(List<String[]> rows) {
        Map<String, Integer> t = new TreeMap<>();
        rows.forEach(r -> t.merge(r[1] + "|" + r[4] + "|" + r[5], 1, Integer::sum));
        return t;
    }

    static Map<String, Long> counts(List<String[]> rows, int column) {
        Map<String, Long> t = new TreeMap<>();
        rows.forEach(r -> t.merge(r[column], 1L, Long::sum));
        return t;
    }

    static Map<String, List<String>> multiServiceIps(List<String[]> rows) {
        Map<String, java.util.TreeSet<String>> services = new TreeMap<>();
        rows.forEach(r -> services.computeIfAbsent(r[5], k -> new java.util.TreeSet<>()).add(r[1]));
        Map<String, List<String>> multi = new TreeMap<>();
        services.forEach((ip, s) -> {
            if (s.size() > 1) {
                multi.put(ip, List.copyOf(s));
            }
        });
        assertFalse(multi.isEmpty(), "lab/attack's sources rotate over the services: " + services);
        return multi;
    }

    /** The text section as the report writes it: most failures first, then by name. */
    static String section(String title, Map<String, Long> counts) {
        StringBuilder s = new StringBuilder(title).append(":\n");
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> s.append(String.format("  %8d  %s%n", e.getValue(), e.getKey())));
        return s.toString();
    }

    static Part attachment(MimeMessage mail) throws Exception {
        Multipart mixed = (Multipart) mail.getContent();
        for (int i = 0; i < mixed.getCount(); i++) {
            BodyPart p = mixed.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(p.getDisposition())) {
                return p;
            }
        }
        return fail("no attachment in " + mail.getContentType());
    }

    static void awaitScheduledRun(LocalDate day) throws InterruptedException {
        Instant limit = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(limit)) {
            if (runs().stream().anyMatch(r -> r.getString("day").equals(day.toString()) && r.getString("trigger").equals("SCHEDULED"))) {
                return;
            }
            Thread.sleep(500);
        }
        fail("the timer did not report " + day + " within 90 s: " + runs());
    }

    static List<JsonObject> runs() {
        Reply r = API.get("reports/daily");
        assertEquals(200, r.status(), r.body());
        return r.jsonArray().stream().map(JsonValue::asJsonObject).toList();
    }

    static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients() != null
                        && Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** RFC 4180, as FailureCsv writes it (quotes doubled, CRLF). */
    static final class Csv {
        static final java.util.Comparator<List<String>> ORDER = (a, b) -> String.join("\u0000", a).compareTo(String.join("\u0000", b));

        static List<List<String>> parse(String s) throws IOException {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder f = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        f.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        f.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(f.toString());
                    f.setLength(0);
                } else if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    row.add(f.toString());
                    f.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                    i++;
                } else {
                    f.append(c);
                }
            }
            if (quoted || f.length() > 0 || !row.isEmpty()) {
                throw new IOException("the CSV does not end with a complete line");
            }
            return rows;
        }
    }
}
