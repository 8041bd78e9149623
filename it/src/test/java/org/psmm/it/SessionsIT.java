package org.psmm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.psmm.it.PsmmServer.Api;
import org.psmm.it.PsmmServer.Reply;

/**
 * Open sessions on a real lab host (issue 18): real ssh logins with a terminal, left idle, are
 * listed with their idle time; the host's idle policy only reports them in report-only mode, then
 * logs them off, never the monitor account's own session; an admin logs one off through the API;
 * every log-off is recorded and audited. The limit is short (1 minute) and the idle time real
 * (the host's clock minus the tty's last read), so the test waits a minute.
 */
@ExtendWith(ArquillianExtension.class)
class SessionsIT {

    private static final Api API = PsmmServer.admin();
    private static final String LAB = "lab-web";
    private static long hostId;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PsmmServer.ear();
    }

    @BeforeAll
    static void labHostWatched() {
        hostId = LabHosts.pinnedHost(LAB);
    }

    private static void poll() {
        Reply r = API.post("metrics/poll", "");
        assertEquals(200, r.status(), r.body());
    }

    private static Optional<JsonObject> session(String tty) {
        Reply r = API.get("hosts/" + hostId + "/sessions");
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonArray("sessions").stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("session").equals(tty)).findFirst();
    }

    private static List<JsonObject> logoffs() {
        Reply r = API.get("hosts/" + hostId + "/session-logoffs?max=50");
        assertEquals(200, r.status(), r.body());
        return r.jsonArray().stream().map(JsonValue::asJsonObject).toList();
    }

    /** Log-offs recorded since {@link #mark} (a tty number is reused by later logins, the other test's too). */
    private static long mark;

    private static List<JsonObject> logoffsOf(String tty) {
        return logoffs().stream().filter(l -> l.getString("session").equals(tty))
                .filter(l -> l.getJsonNumber("id").longValue() > mark).toList();
    }

    private static void policy(boolean enabled, int minutes, boolean reportOnly, String excluded) {
        Reply r = API.put("hosts/" + hostId + "/session-policy", """
                {"enabled":%s,"minutes":%d,"reportOnly":%s,"excludedUsers":"%s"}""".formatted(enabled, minutes, reportOnly,
                excluded));
        assertEquals(200, r.status(), r.body());
    }

    @Test
    void idleSessionsAreListedReportedThenLoggedOffButNeverTheMonitors() throws Exception {
        JsonObject defaults = API.get("hosts/" + hostId + "/sessions").json().getJsonObject("policy");
        assertFalse(defaults.getBoolean("enabled"), "off by default");
        assertTrue(defaults.getBoolean("reportOnly"), "report-only first");
        mark = logoffs().stream().mapToLong(l -> l.getJsonNumber("id").longValue()).max().orElse(0);
        try (LabLogins.Login idle = LabLogins.idleSession("nosudo", LAB, 600);
                LabLogins.Login own = LabLogins.idleSession("monitor", LAB, 600)) {
            assertTrue(idle.tty().matches("pts/\\d+"), idle.firstLine);
            poll();
            JsonObject listed = session(idle.tty()).orElseThrow(() -> new AssertionError("not listed: " + idle.tty()));
            assertEquals("nosudo", listed.getString("user"));
            assertEquals("ACTIVE", listed.getString("state"));
            assertTrue(listed.getJsonNumber("idleSeconds").longValue() < 60, listed.toString());
            assertEquals("127.0.0.1", listed.getString("from"));
            assertEquals("monitor", session(own.tty()).orElseThrow().getString("user"));

            Thread.sleep(62_000); // past the 1-minute limit, really idle
            policy(true, 1, true, "nosudo");
            poll();
            assertTrue(logoffsOf(idle.tty()).isEmpty(), "an excluded user is not even reported");

            policy(true, 1, true, "");
            poll();
            poll(); // a report-only finding is recorded once per session
            List<JsonObject> reported = logoffsOf(idle.tty());
            assertEquals(1, reported.size(), reported.toString());
            assertTrue(reported.get(0).getBoolean("reportOnly"));
            assertTrue(reported.get(0).getJsonNumber("idleSeconds").longValue() >= 60, reported.toString());
            assertTrue(idle.alive(), "report-only: the session stays open");
            assertTrue(session(idle.tty()).get().getJsonNumber("idleSeconds").longValue() >= 60);

            policy(true, 1, false, "");
            poll();
            assertTrue(idle.endsWithin(15), "the policy hung the idle session up");
            assertTrue(session(idle.tty()).isEmpty(), "no longer listed");
            JsonObject done = logoffsOf(idle.tty()).stream().filter(l -> !l.getBoolean("reportOnly")).findFirst().orElseThrow();
            assertTrue(done.getBoolean("succeeded"), done.toString());
            assertTrue(!done.containsKey("by") || done.isNull("by"), "by the policy: " + done);

            assertTrue(own.alive(), "never the monitor account's own session");
            assertTrue(session(own.tty()).isPresent());
            assertTrue(logoffsOf(own.tty()).isEmpty(), "the monitor's session is not even reported");
            String audit = API.get("audit?kind=SESSION_LOGGED_OFF&size=50").body();
            assertTrue(audit.contains("nosudo@" + idle.tty()), audit);
        } finally {
            policy(false, 60, true, "");
        }
    }

    @Test
    void anAdminLogsOneSessionOffButNotTheMonitorsNorAnythingButATty() throws Exception {
        try (LabLogins.Login idle = LabLogins.idleSession("nosudo", LAB, 600);
                LabLogins.Login own = LabLogins.idleSession("monitor", LAB, 600)) {
            poll();
            assertNotNull(session(idle.tty()).orElse(null), idle.tty());
            for (String bad : List.of("pts/1;id", "$(id)", "pts/1 pts/2", "../pts/1", "root")) {
                Reply r = API.post("hosts/" + hostId + "/sessions/logoff", "{\"session\":\"" + bad + "\"}");
                assertEquals(400, r.status(), bad + ": " + r.body());
            }
            Reply mine = API.post("hosts/" + hostId + "/sessions/logoff", "{\"session\":\"" + own.tty() + "\"}");
            assertEquals(409, mine.status(), mine.body());
            assertTrue(own.alive());

            Reply viewer = PsmmServer.api(Accounts.create("sess-view", "viewer", "sessions viewer phrase"),
                    "sessions viewer phrase").post("hosts/" + hostId + "/sessions/logoff", "{\"session\":\"" + idle.tty() + "\"}");
            assertEquals(403, viewer.status(), viewer.body());
            assertTrue(idle.alive());

            Reply r = API.post("hosts/" + hostId + "/sessions/logoff", "{\"session\":\"" + idle.tty() + "\"}");
            assertEquals(200, r.status(), r.body());
            assertTrue(r.json().getBoolean("succeeded"), r.body());
            assertEquals(PsmmServer.ADMIN, r.json().getString("by"));
            assertTrue(idle.endsWithin(15), "logged off");
            assertTrue(session(idle.tty()).isEmpty());
            assertTrue(own.alive());
            String audit = API.get("audit?kind=SESSION_LOGGED_OFF&user=" + PsmmServer.ADMIN + "&size=50").body();
            assertTrue(audit.contains("nosudo@" + idle.tty()), audit);
        }
    }
}
