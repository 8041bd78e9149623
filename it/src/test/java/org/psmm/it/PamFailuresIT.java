package org.psmm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.psmm.it.PsmmServer.Api;
import org.psmm.it.PsmmServer.Reply;

/**
 * vsftpd's own log and the lab's PAM auth.log collected together for lab-ftp (issue 14): real failed
 * FTP logins are stored once per attempt although most of them appear in both logs, and user names
 * that imitate the formats' own text are stored with the real address.
 */
@ExtendWith(ArquillianExtension.class)
class PamFailuresIT {

    private static final Api API = PsmmServer.admin();
    /** This test's attacker: no other test nor lab user attacks from it, so its rows are this test's. */
    private static final String SOURCE = "127.0.0.93";
    private static long host;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PsmmServer.ear();
    }

    @BeforeAll
    static void labFtpWithItsTwoLogs() {
        PsmmServer.removeAllHosts();
        Lab.authorize(API.get("ssh/identity").json().getString("authorizedKeysLine"));
        Reply h = API.post("hosts", """
                {"name":"lab-ftp-pam-%s","address":"%s","roles":["FTP"],"timeZone":"UTC"}
                """.formatted(UUID.randomUUID().toString().substring(0, 6), Lab.address("lab-ftp")));
        assertEquals(201, h.status(), h.body());
        host = h.json().getJsonNumber("id").longValue();
        LabHosts.pin(host);
        String pamLog = Lab.status().getJsonArray("shared_logs").stream().map(v -> v.asJsonObject())
                .filter(l -> l.getString("format").equals("pam")).findFirst().orElseThrow().getString("path");
        for (String[] log : List.of(new String[] {CollectionJobs.labLog("lab-ftp", "vsftpd"), "vsftpd"},
                new String[] {pamLog, "pam"})) {
            Reply s = API.post("hosts/" + host + "/log-sources", """
                    {"path":"%s","format":"%s"}
                    """.formatted(log[0], log[1]));
            assertEquals(201, s.status(), s.body());
        }
    }

    /** service|user of every failure stored from this test's source address, with its count. */
    private static Map<String, Integer> stored() throws Exception {
        Map<String, Integer> rows = new TreeMap<>();
        try (Connection c = PsmmServer.database();
                PreparedStatement ps = c.prepareStatement("SELECT service, kind, user_name FROM auth_failure "
                        + "WHERE host_id = ? AND source_ip = ?")) {
            ps.setLong(1, host);
            ps.setString(2, SOURCE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.merge(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3), 1, Integer::sum);
                }
            }
        }
        return rows;
    }

    private static long count(String where) throws Exception {
        try (Connection c = PsmmServer.database();
                PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM auth_failure WHERE host_id = ? AND " + where)) {
            ps.setLong(1, host);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** lab/attack ftp N from this test's address (LAB_SOURCE), as lab/attack reports what it tried. */
    private static List<JsonObject> attack(int n) throws Exception {
        // The running lab's own script, as Lab.attack runs it; only the source address differs.
        ProcessBuilder pb = new ProcessBuilder(Lab.DIR.resolve("attack").toString(), "ftp", String.valueOf(n))
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("LAB_SOURCE", SOURCE);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0, "lab/attack ftp " + n + ": " + out);
        return Lab.jsonLines(out);
    }

    /** One FTP login with this user name (percent-encoded so that curl sends it whole), from this test's address. */
    private static void curlLogin(String encodedUser) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("curl", "-s", "--max-time", "15", "--interface", SOURCE,
                "ftp://" + encodedUser + ":wrong-password@" + Lab.address("lab-ftp") + "/", "-o", "/dev/null")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        p.waitFor(30, TimeUnit.SECONDS);
    }

    private static Map<String, Integer> difference(Map<String, Integer> after, Map<String, Integer> before) {
        return CollectionJobs.difference(after, before);
    }

    @Test
    void anAttemptSeenByVsftpdAndByPamIsStoredOnceAndARerunAddsNothing() throws Exception {
        assertEquals("COMPLETED", CollectionJobs.runJob().getString("status"));
        Map<String, Integer> before = stored();
        long twinsBefore = count("twin_source_id IS NOT NULL");

        List<JsonObject> attempts = attack(4);
        // PAM writes its line ~2 s before vsftpd's FAIL LOGIN; lab/attack returns once vsftpd's are there.
        JsonObject run = CollectionJobs.runJob();
        assertEquals("COMPLETED", run.getString("status"), run.toString());

        Map<String, Integer> expected = new TreeMap<>();
        for (JsonObject a : attempts) {
            expected.merge("ftp|auth|" + a.getString("user"), 1, Integer::sum);
        }
        Map<String, Integer> added = difference(stored(), before);
        // vsftpd calls root's refusal by /etc/ftpusers a plain failure; so does PAM's pam_unix line.
        assertEquals(expected, added, "one stored failure per attempt, from both logs");
        assertTrue(count("twin_source_id IS NOT NULL") > twinsBefore, "PAM's lines were matched to vsftpd's");

        Map<String, Integer> afterFirst = stored();
        assertEquals("COMPLETED", CollectionJobs.runJob().getString("status"));
        assertEquals(Map.of(), difference(stored(), afterFirst), "a re-run stores nothing new");
    }

    @Test
    void namesImitatingTheLogsOwnTextAreStoredOnceWithTheRealAddress() throws Exception {
        assertEquals("COMPLETED", CollectionJobs.runJob().getString("status"));
        Map<String, Integer> before = stored();
        long forgedBefore = count("source_ip = '6.6.6.6'");
        List<String> names = new ArrayList<>();
        // vsftpd's marker, PAM's fields (with and without blanks: PAM sees only names without), a
        // forged reason, and nginx's and sshd's markers for good measure.
        for (String[] name : List.of(new String[] {"x%5D%20FAIL%20LOGIN%3A%20Client%20%226.6.6.6", "x] FAIL LOGIN: Client \"6.6.6.6"},
                new String[] {"y%20rhost%3D6.6.6.6%20user%3Dy", "y rhost=6.6.6.6 user=y"},
                new String[] {"a%22rhost%3D6.6.6.6", "a\"rhost=6.6.6.6"},
                new String[] {"z%22%2C%20%22User%20is%20not%20in%20the%20allow%20user%20list.", "z\", \"User is not in the allow user list."},
                new String[] {"u%22%2C%20client%3A%206.6.6.6", "u\", client: 6.6.6.6"},
                new String[] {"v%20from%206.6.6.6%20port%2022%20ssh2", "v from 6.6.6.6 port 22 ssh2"})) {
            curlLogin(name[0]);
            names.add(name[1]);
        }
        // The last FAIL LOGIN comes after PAM's delay.
        Thread.sleep(4000);
        JsonObject run = CollectionJobs.runJob();
        assertEquals("COMPLETED", run.getString("status"), run.toString());

        Map<String, Integer> added = difference(stored(), before);
        Map<String, Integer> expected = new TreeMap<>();
        for (String n : names) {
            expected.put("ftp|auth|" + n, 1);
        }
        assertEquals(expected, added, "each forged name once, from " + SOURCE);
        assertEquals(forgedBefore, count("source_ip = '6.6.6.6'"), "the forged address is never stored");
        assertFalse(added.keySet().stream().anyMatch(k -> k.contains("|probe|")));
    }
}
