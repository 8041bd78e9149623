package org.psmm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.psmm.it.PsmmServer.Api;
import org.psmm.it.PsmmServer.Reply;

/** /api/failures, its summary, one IP, and the CSV, on rows written into auth_failure. */
// The summary's "today" is PSMM's: rows stamped now must fall on it, whatever others set.
@ExtendWith({ArquillianExtension.class, RealClock.class})
class FailuresApiIT {

    private static final Api API = PsmmServer.admin();
    private static ExplorerData data;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PsmmServer.ear();
    }

    @BeforeAll
    static void rows() throws Exception {
        data = new ExplorerData().create();
        PsmmServer.ensureUser("explorer-viewer", "viewer-secret-1", "viewer");
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static JsonObject list(String query) {
        Reply r = API.get("failures?" + data.range() + "&" + query);
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    private static List<String> users(JsonObject page) {
        return page.getJsonArray("rows").stream()
                .map(v -> v.asJsonObject().isNull("user") ? null : v.asJsonObject().getString("user")).toList();
    }

    @Test
    void eachFilterSelectsItsRowsNewestFirst() {
        assertEquals(List.of(ExplorerData.FORMULA_USER, ExplorerData.SCRIPT_USER, "root"), users(list("host=" + data.hostAId)));
        assertEquals(List.of(ExplorerData.FORMULA_USER), users(list("service=ftp")));
        assertEquals(List.of(ExplorerData.SCRIPT_USER), users(list("user=" + q(ExplorerData.SCRIPT_USER))));
        assertEquals(List.of("alice", "root"), users(list("ip=" + data.ipOne)));
        assertEquals(List.of("alice"), users(list("kind=authz")));
        assertEquals(List.of("alice"), users(list("ip=" + data.ipOne + "&host=" + data.hostBId)));
        assertEquals(30, list("size=500").getJsonArray("rows").size(), "the whole range");
        // A narrower range: the first three minutes hold the first three rows.
        Reply r = API.get("failures?from=" + data.t0 + "&to=" + data.t0.plusSeconds(180) + "&size=500");
        assertEquals(List.of(ExplorerData.FORMULA_USER, ExplorerData.SCRIPT_USER, "root"), users(r.json()));
    }

    @Test
    void aRowCarriesTimesHostAndRawLine() {
        JsonObject row = list("user=root").getJsonArray("rows").getJsonObject(0);
        assertEquals(data.t0.toString(), row.getString("time"));
        assertEquals(LocalDateTime.ofInstant(data.t0, ZoneOffset.ofHours(1)).toString() + ":00", row.getString("localTime"));
        assertEquals(data.hostA, row.getString("host"));
        assertEquals(data.hostAId, row.getJsonNumber("hostId").longValue());
        assertEquals("ssh", row.getString("service"));
        assertEquals("auth", row.getString("kind"));
        assertEquals(data.ipOne, row.getString("ip"));
        assertEquals("sshd[1]: Failed password for root from " + data.ipOne + " port 22 ssh2", row.getString("rawLine"));
    }

    @Test
    void pagesComeWithAHasMoreFlagAndACappedCount() {
        JsonObject p0 = list("ip=" + data.ipMany + "&size=10");
        JsonObject p1 = list("ip=" + data.ipMany + "&size=10&page=1");
        JsonObject p2 = list("ip=" + data.ipMany + "&size=10&page=2");
        assertEquals(List.of(10, 10, 5), List.of(p0.getJsonArray("rows").size(), p1.getJsonArray("rows").size(),
                p2.getJsonArray("rows").size()));
        assertTrue(p0.getBoolean("hasMore"));
        assertTrue(p1.getBoolean("hasMore"));
        assertFalse(p2.getBoolean("hasMore"));
        assertEquals(25, p0.getJsonNumber("matching").longValue());
        assertFalse(p0.getBoolean("matchingCapped"));
        assertEquals("u24", users(p0).get(0), "newest first");
        assertEquals("u14", users(p1).get(0));
        assertEquals("u0", users(list("ip=" + data.ipMany + "&size=10&sort=time")).get(0), "oldest first");
    }

    @Test
    void badParametersAreRefusedWithTheirName() {
        Reply big = API.get("failures?size=501");
        assertEquals(400, big.status(), big.body());
        assertTrue(big.json().getString("error").startsWith("size"), big.body());
        Reply date = API.get("failures?from=yesterday");
        assertEquals(400, date.status(), date.body());
        assertTrue(date.json().getString("error").startsWith("from"), date.body());
        assertEquals(400, API.get("failures?sort=user").status());
        assertEquals(401, PsmmServer.api(null, null).get("failures").status());
        assertEquals(200, PsmmServer.api("explorer-viewer", "viewer-secret-1").get("failures?size=1").status(),
                "viewers read failures");
    }

    @Test
    void summaryCountsTodayAndRanksIpsAndUsers() throws Exception {
        // Other tests' attacks of today rank too: enough rows to come first whatever they stored.
        int n = 5 + API.get("failures/summary").json().getJsonArray("topUsers").stream()
                .mapToInt(u -> u.asJsonObject().getJsonNumber("count").intValue()).max().orElse(0);
        data.insertNow("summary-" + data.suffix, "203.0.113." + (10 + (int) (Math.random() * 200)), n);
        JsonObject s = API.get("failures/summary").json();
        assertTrue(s.getJsonNumber("today").longValue() >= n, s.toString());
        assertTrue(s.containsKey("yesterday"), s.toString());
        JsonArray users = s.getJsonArray("topUsers");
        assertTrue(users.stream().anyMatch(u -> u.asJsonObject().getString("value").equals("summary-" + data.suffix)
                && u.asJsonObject().getJsonNumber("count").longValue() == n), s.toString());
        assertTrue(s.getJsonArray("topIps").size() <= 10);

        // ipMany's 25 rows are probes: never among the top attackers of failed logins (issue 14).
        JsonObject old = API.get("failures/summary?" + data.range()).json();
        JsonArray top = old.getJsonArray("topIps");
        assertFalse(top.stream().anyMatch(t -> t.asJsonObject().getString("value").equals(data.ipMany)), old.toString());
        assertTrue(top.stream().anyMatch(t -> t.asJsonObject().getString("value").equals(data.ipOne)
                && t.asJsonObject().getJsonNumber("count").longValue() == 2), old.toString());
    }

    @Test
    void aRangeThatCutsDaysRanksOnlyTheFailuresInsideIt() throws Exception {
        // From 01:00 UTC to 01:00 UTC two days later: the first day is read by its hour outside the range
        // (subtracted from the day's rollup), the last by its hour inside it (FailureTop.Edge).
        Instant day = t0Day().plus(3, ChronoUnit.DAYS);
        String ip = "2001:db8:4::" + data.suffix.substring(0, 4);
        String user = "edge-" + data.suffix;
        data.insertAt(user, ip, day.plus(30, ChronoUnit.MINUTES), day.plus(5, ChronoUnit.HOURS),
                day.plus(1, ChronoUnit.DAYS).plus(3, ChronoUnit.HOURS), day.plus(1, ChronoUnit.DAYS).plus(23, ChronoUnit.HOURS),
                day.plus(2, ChronoUnit.DAYS).plus(30, ChronoUnit.MINUTES), day.plus(2, ChronoUnit.DAYS).plus(12, ChronoUnit.HOURS),
                day.plus(2, ChronoUnit.DAYS).plus(23, ChronoUnit.HOURS).plus(30, ChronoUnit.MINUTES));
        String range = "from=" + day.plus(1, ChronoUnit.HOURS) + "&to=" + day.plus(2, ChronoUnit.DAYS).plus(1, ChronoUnit.HOURS);
        JsonObject s = API.get("failures/summary?" + range).json();
        assertEquals(4, count(s.getJsonArray("topIps"), ip), s.toString());
        assertEquals(4, count(s.getJsonArray("topUsers"), user), s.toString());
        // Cut the other way (from 23:00 to 23:00): the first day by its hour inside, the last by its hour outside.
        String late = "from=" + day.plus(23, ChronoUnit.HOURS) + "&to=" + day.plus(2, ChronoUnit.DAYS).plus(23, ChronoUnit.HOURS);
        JsonObject l = API.get("failures/summary?" + late).json();
        assertEquals(4, count(l.getJsonArray("topIps"), ip), l.toString());
        assertEquals(4, count(l.getJsonArray("topUsers"), user), l.toString());
    }

    private Instant t0Day() {
        return data.t0.truncatedTo(ChronoUnit.DAYS);
    }

    private static long count(JsonArray top, String value) {
        return top.stream().map(JsonValue::asJsonObject).filter(t -> t.getString("value").equals(value))
                .mapToLong(t -> t.getJsonNumber("count").longValue()).sum();
    }

    @Test
    void probesAreCountedApartAndNeverAmongFailedLogins() throws Exception {
        String prober = "probe-" + data.suffix;
        String ip = "198.51.100." + (10 + (int) (Math.random() * 200));
        JsonObject before = API.get("failures/summary").json();
        data.insertNow(prober, ip, 30, "probe");
        JsonObject s = API.get("failures/summary").json();
        assertTrue(s.getJsonNumber("probesToday").longValue() >= before.getJsonNumber("probesToday").longValue() + 30, s.toString());
        assertTrue(s.containsKey("probesYesterday"), s.toString());
        assertTrue(s.getJsonNumber("today").longValue() < before.getJsonNumber("today").longValue() + 30,
                "probes are no failed logins: " + s);
        assertFalse(s.getJsonArray("topUsers").stream().anyMatch(u -> u.asJsonObject().getString("value").equals(prober)), s.toString());
        assertFalse(s.getJsonArray("topIps").stream().anyMatch(u -> u.asJsonObject().getString("value").equals(ip)), s.toString());

        JsonObject probes = API.get("failures?kind=probe&ip=" + ip).json();
        assertEquals(30, probes.getJsonNumber("matching").longValue(), probes.toString());
        assertEquals("probe", probes.getJsonArray("rows").getJsonObject(0).getString("kind"));
        assertFalse(probes.getJsonArray("rows").getJsonObject(0).getBoolean("userCut"));
        assertEquals(0, API.get("failures?kind=auth&ip=" + ip).json().getJsonNumber("matching").longValue());
        Reply bad = API.get("failures?kind=login");
        assertEquals(400, bad.status(), bad.body());
    }

    @Test
    void oneIpAcrossServices() {
        Reply r = API.get("failures/ip/" + data.ipTwo + "?" + data.range());
        assertEquals(200, r.status(), r.body());
        JsonObject ip = r.json();
        assertEquals(2, ip.getJsonNumber("total").longValue());
        List<String> services = ip.getJsonArray("services").stream()
                .map(v -> v.asJsonObject().getString("service") + "@" + v.asJsonObject().getString("hostName")
                        + "=" + v.asJsonObject().getJsonNumber("count"))
                .sorted().toList();
        assertEquals(List.of("ftp@" + data.hostA + "=1", "ssh@" + data.hostA + "=1"), services);
        JsonArray rows = ip.getJsonObject("attempts").getJsonArray("rows");
        assertEquals(2, rows.size());
        assertEquals(ExplorerData.FORMULA_USER, rows.getJsonObject(0).getString("user"));
    }

    @Test
    void csvIsExactWithFormulasNeutralised() throws Exception {
        HttpResponse<String> r = csv("failures.csv?" + data.range() + "&ip=" + data.ipTwo);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), r.headers().toString());
        String t1 = data.t0.plusSeconds(60).toString();
        String t2 = data.t0.plusSeconds(120).toString();
        String l1 = LocalDateTime.ofInstant(data.t0.plusSeconds(60), ZoneOffset.ofHours(1)) + ":00";
        String l2 = LocalDateTime.ofInstant(data.t0.plusSeconds(120), ZoneOffset.ofHours(1)) + ":00";
        assertEquals("time_utc,local_time,host,service,kind,user,ip,raw_line\r\n"
                + t2 + "," + l2 + "," + data.hostA + ",ftp,auth,'=cmd|' /C calc'!A0," + data.ipTwo + ","
                + "\"FAIL LOGIN: Client \"\"" + data.ipTwo + "\"\", user \"\"=cmd|' /C calc'!A0\"\"\"\r\n"
                + t1 + "," + l1 + "," + data.hostA + ",ssh,auth,<script>alert(1)</script>," + data.ipTwo + ","
                + "sshd[2]: Invalid user <script>alert(1)</script> from " + data.ipTwo + "\r\n", r.body());

        HttpResponse<String> all = csv("failures.csv?" + data.range());
        assertEquals(31, all.body().split("\r\n").length, "header and every row of the range");
        assertTrue(all.body().contains(",mariadb,auth,,localhost,Access denied for user 'x'@'localhost' (using password: YES)\r\n"),
                all.body());
    }

    private static HttpResponse<String> csv(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(PsmmServer.URL + "/api/" + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (PsmmServer.ADMIN + ":" + PsmmServer.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .GET().build();
        return PsmmServer.http().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
