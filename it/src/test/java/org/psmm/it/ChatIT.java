package org.psmm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.psmm.it.PsmmServer.Api;
import org.psmm.it.PsmmServer.Reply;

/**
 * Chat channels against a real HTTP receiver on loopback standing for a Google Chat space and a
 * generic webhook: a test message, a burst of real failed SSH logins on the lab, and the status
 * message arrive as the JSON each expects; while the receiver answers 500 they wait in the
 * outbox and are then delivered exactly once.
 */
@ExtendWith({ArquillianExtension.class, RealClock.class})
class ChatIT {

    private static final Api API = PsmmServer.admin();
    private static final String SECRET = "KEY-" + UUID.randomUUID();
    private static ChatReceiver receiver;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PsmmServer.ear();
    }

    @BeforeAll
    static void receiver() {
        PsmmServer.removeAllHosts();
        receiver = ChatReceiver.start();
    }

    @AfterAll
    static void stop() {
        ChatChannels.deleteChannels();
        assertEquals(200, API.put("settings", """
                {"chat.burstFailures":20,"chat.burstWindowMinutes":10,"chat.statusIntervalMinutes":60}""").status());
        receiver.close();
    }

    private static List<JsonObject> accepted(String path) {
        return receiver.accepted(path);
    }

    @Test
    void badChannelsAreRefusedField() {
        Reply r = API.post("chat/channels", "{\"name\":\"bad\",\"type\":\"GOOGLE_CHAT\",\"url\":\"file:///etc/passwd\"}");
        assertEquals(400, r.status(), r.body());
        assertEquals("url", r.json().getJsonArray("fields").getJsonObject(0).getString("field"));
        Reply t = API.post("chat/channels", "{\"name\":\"bad\",\"type\":\"IRC\",\"url\":\"https://x.example/\"}");
        assertEquals(400, t.status(), t.body());
        assertEquals("type", t.json().getJsonArray("fields").getJsonObject(0).getString("field"));
    }

    @Test
    void messagesFollowTheAdminsLanguage() {
        String hook = "/hooks/" + UUID.randomUUID();
        long id = ChatChannels.addChannel("fr-" + hook.substring(8, 14), "WEBHOOK", receiver.url(hook, SECRET), SECRET);
        assertEquals(200, API.put("settings", "{\"notify.language\":\"fr\"}").status());
        try {
            Reply test = API.post("chat/channels/" + id + "/test", "");
            assertEquals("SENT", test.json().getString("status"), test.body());
        } finally {
            assertEquals(200, API.put("settings", "{\"notify.language\":\"en\"}").status());
            ChatChannels.deleteChannels();
        }
        JsonObject posted = accepted(hook).get(0);
        assertEquals("Message de test de PSMM pour fr-" + hook.substring(8, 14), posted.getString("title"), posted.toString());
        assertEquals("envoy\u00e9 par " + PsmmServer.ADMIN, posted.getString("detail"), posted.toString());
    }

    @Test
    void eventsAndStatusWaitWhileTheReceiverFailsThenArriveOnce() throws Exception {
        String space = "/v1/spaces/AAAA" + UUID.randomUUID().toString().substring(0, 6) + "/messages";
        String hook = "/hooks/" + UUID.randomUUID();
        long google = ChatChannels.addChannel("space-" + space.substring(14, 20), "GOOGLE_CHAT", receiver.url(space, SECRET), SECRET);
        ChatChannels.addChannel("hook-" + hook.substring(8, 14), "WEBHOOK", receiver.url(hook, SECRET), SECRET);
        assertFalse(API.get("chat/channels").body().contains(SECRET));

        // The settings page's "send a test message", through the API.
        Reply test = API.post("chat/channels/" + google + "/test", "");
        assertEquals(200, test.status(), test.body());
        assertEquals("SENT", test.json().getString("status"), test.body());
        assertEquals(1, accepted(space).size());
        assertTrue(accepted(space).get(0).getString("text").startsWith("*PSMM test message for "), accepted(space).toString());
        assertEquals("application/json; charset=UTF-8", receiver.all().get(0).contentType());

        // Real failed SSH logins on a lab host, collected by the real job.
        Lab.authorize(API.get("ssh/identity").json().getString("authorizedKeysLine"));
        Reply host = API.post("hosts", """
                {"name":"chat-web-%s","address":"%s","roles":["OTHER"],"timeZone":"UTC"}
                """.formatted(UUID.randomUUID().toString().substring(0, 6), Lab.address("lab-web")));
        assertEquals(201, host.status(), host.body());
        long hostId = host.json().getJsonNumber("id").longValue();
        LabHosts.pin(hostId);
        String authLog = Lab.host("lab-web").getJsonArray("logs").stream().map(JsonValue::asJsonObject)
                .filter(l -> l.getString("format").equals("sshd")).findFirst().orElseThrow().getString("path");
        assertEquals(201, API.post("hosts/" + hostId + "/log-sources", "{\"path\":\"" + authLog + "\",\"format\":\"sshd\"}").status());
        CollectionJobs.runJob(); // what is already in the log, so the next run holds only the attack
        List<JsonObject> attempts = Lab.attack("ssh", 10, "lab-web");
        String ip = attempts.get(0).getString("source");
        long fromIp = attempts.stream().filter(a -> a.getString("source").equals(ip)).count();
        assertEquals("COMPLETED", CollectionJobs.runJob().getString("status"));

        // The receiver fails; a burst and a status message are due.
        receiver.answer(500);
        Instant now = TestClock.now();
        Instant mark = now.minus(Duration.ofHours(2));
        try (Connection c = PsmmServer.database()) {
            try (PreparedStatement ps = c.prepareStatement("REPLACE INTO chat_watch_mark (name, marked_at) VALUES ('status', ?)")) {
                ps.setTimestamp(1, Timestamp.from(mark));
                ps.executeUpdate();
            }
        }
        assertEquals(200, API.put("settings", """
                {"chat.burstFailures":5,"chat.burstWindowMinutes":1440,"chat.statusIntervalMinutes":60}""").status());
        assertEquals(200, API.post("chat/watch/run", "").status());
        API.post("notifications/send-due", "");
        List<JsonObject> pending = API.get("notifications?status=PENDING").jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(n -> n.getString("channel").equals("CHAT")).toList();
        assertTrue(pending.size() >= 4, "burst and status for two channels wait: " + pending);
        assertTrue(receiver.refused() >= 4, "the receiver was tried: " + receiver.refused());
        for (JsonObject n : pending) {
            assertTrue(n.getString("lastError").contains("HTTP 500"), n.toString());
            assertFalse(n.toString().contains(SECRET), "errors never hold the webhook URL: " + n);
        }
        assertTrue(accepted(space).size() == 1 && accepted(hook).isEmpty(), "nothing delivered while it fails");

        // It comes back: past the retry delay, everything is delivered once, and only once.
        receiver.answer(200);
        PsmmServer.setClockOffset(30 * 60);
        API.post("notifications/send-due", "");
        API.post("notifications/send-due", "");
        long collected;
        try (Connection c = PsmmServer.database();
                PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM auth_failure WHERE collected_at > ?")) {
            ps.setTimestamp(1, Timestamp.from(mark));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                collected = rs.getLong(1);
            }
        }

        List<String> spaceTexts = accepted(space).stream().map(o -> o.getString("text")).toList();
        List<String> bursts = spaceTexts.stream().filter(t -> t.contains("failed logins from " + ip + " ")).toList();
        assertEquals(1, bursts.size(), "one burst message: " + spaceTexts);
        Matcher m = Pattern.compile("^\\*(\\d+) failed logins from ").matcher(bursts.get(0));
        assertTrue(m.find(), bursts.get(0));
        assertTrue(Integer.parseInt(m.group(1)) >= fromIp, fromIp + " attempts from " + ip + ": " + bursts.get(0));
        assertTrue(bursts.get(0).contains("\nssh on chat-web-"), bursts.get(0));
        assertTrue(bursts.get(0).contains("users tried: ") && bursts.get(0).contains("admin"), bursts.get(0));
        List<String> statuses = spaceTexts.stream().filter(t -> t.startsWith("*PSMM status: ")).toList();
        assertEquals(1, statuses.size(), "one status message: " + spaceTexts);
        assertTrue(statuses.get(0).contains(", " + collected + " failed login(s) since "), collected + " in " + statuses.get(0));

        List<JsonObject> hookMessages = accepted(hook);
        assertEquals(1, hookMessages.stream().filter(o -> o.getString("event").equals("failed_login_burst")
                && o.getString("title").contains(" from " + ip + " ")).count(), hookMessages.toString());
        assertEquals(1, hookMessages.stream().filter(o -> o.getString("event").equals("status")).count(),
                hookMessages.toString());
        JsonObject burst = hookMessages.stream().filter(o -> o.getString("event").equals("failed_login_burst")
                && o.getString("title").contains(" from " + ip + " ")).findFirst().orElseThrow();
        assertEquals("psmm", burst.getString("source"));
        assertTrue(burst.getString("detail").contains("ssh on chat-web-"), burst.toString());
        assertEquals(0, API.get("notifications?status=PENDING").jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(n -> n.getString("channel").equals("CHAT")).count(), "nothing left waiting");
    }
}
