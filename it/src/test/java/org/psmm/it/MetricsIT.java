package org.psmm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Metrics, alerts and alert mails on the lab's three real hosts, with GreenMail (in this JVM) as
 * PSMM's mail relay. Polls, sends and purges are asked for through the admin API; time is moved
 * through the tests' own clock module (TestClock), enabled with PSMM_CLOCK_ADJUSTABLE=true.
 */
@ExtendWith(ArquillianExtension.class)
class MetricsIT {

    private static final Api API = PsmmServer.admin();
    private static final Map<String, Long> LAB = new LinkedHashMap<>();
    private static GreenMail smtp;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PsmmServer.ear();
    }

    @BeforeAll
    static void labHostsWatchedAndSmtpUp() {
        LAB.putAll(LabHosts.pinned("lab-ftp", "lab-web", "lab-sql"));
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
        PsmmServer.putOk("settings", "{\"alerts.adminRecipients\":\"\",\"alerts.hostDownDelayMinutes\":30,\"metrics.retentionHours\":72}");
        for (long id : LAB.values()) {
            PsmmServer.putOk("settings/hosts/" + id + "/thresholds", "{\"CPU\":null,\"RAM\":null,\"DISK\":null}");
        }
    }

    static JsonObject poll() {
        Reply r = API.post("metrics/poll", "");
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                Address[] to = m.getAllRecipients();
                return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void samplesAppearForTheThreeLabHostsWithValuesInRange() {
        JsonObject first = poll();
        assertTrue(first.getInt("hosts") >= 3, first.toString());
        poll();
        for (Map.Entry<String, Long> lab : LAB.entrySet()) {
            JsonObject m = API.get("metrics?host=" + lab.getValue() + "&hours=1").json();
            JsonArray samples = m.getJsonArray("samples");
            assertTrue(samples.size() >= 2, lab.getKey() + ": " + m);
            JsonObject last = samples.getJsonObject(samples.size() - 1);
            assertTrue(m.getJsonObject("lastPoll").getBoolean("succeeded"), m.toString());
            assertFalse(last.isNull("cpuPercent"), "the second poll has a CPU value: " + last);
            double cpu = last.getJsonNumber("cpuPercent").doubleValue();
            double ram = last.getJsonNumber("ramPercent").doubleValue();
            assertTrue(cpu >= 0 && cpu <= 100, "cpu " + cpu);
            assertTrue(ram > 0 && ram < 100, "ram " + ram);
            assertTrue(last.getJsonNumber("load1").doubleValue() >= 0);
            assertTrue(last.getJsonNumber("uptimeSeconds").longValue() > 0);
            JsonArray disks = last.getJsonArray("disks");
            assertFalse(disks.isEmpty(), last.toString());
            for (JsonValue d : disks) {
                double used = d.asJsonObject().getJsonNumber("usedPercent").doubleValue();
                assertTrue(used > 0 && used < 100, d.toString());
                assertFalse(List.of("tmpfs", "devtmpfs", "overlay", "squashfs").contains(d.asJsonObject().getString("fsType")));
            }
            assertTrue(samples.getJsonObject(0).isNull("cpuPercent") || samples.size() > 2,
                    "a host's very first poll has no CPU value");
            assertNotNull(API.get("hosts/" + lab.getValue()).json().getString("lastContactAt"));
        }
    }

    /**
     * No Windows host exists here: a lab host marked Windows gets the Windows poll (PowerShell),
     * which its Linux sshd cannot run. That host's poll fails with a reason, the others' do not,
     * and the Linux-only features refuse it with a message instead of failing on the host.
     */
    @Test
    void aHostMarkedWindowsIsPolledTheWindowsWayWithoutBreakingTheOthers() {
        long win = LabHosts.createHost(Lab.address("lab-web"), 22, "monitor", "", ",\"os\":\"WINDOWS\"");
        try {
            LabHosts.pin(win);
            assertEquals("WINDOWS", API.get("hosts/" + win).json().getString("os"));
            JsonObject summary = poll();
            assertTrue(summary.getInt("failed") >= 1, summary.toString());
            JsonObject lastPoll = API.get("metrics?host=" + win + "&hours=1").json().getJsonObject("lastPoll");
            assertFalse(lastPoll.getBoolean("succeeded"), lastPoll.toString());
            assertFalse(lastPoll.getString("error", "").isBlank(), "the failure says why: " + lastPoll);
            for (long linux : LAB.values()) {
                assertTrue(API.get("metrics?host=" + linux + "&hours=1").json().getJsonObject("lastPoll").getBoolean("succeeded"),
                        "a Linux host's poll beside the Windows one");
            }
            assertEquals(200, API.get("hosts/" + win + "/sessions").status());
            Reply tty = API.post("hosts/" + win + "/sessions/logoff", "{\"session\":\"pts/0\"}");
            assertEquals(400, tty.status(), "a Windows log-off takes a session id: " + tty.body());
            Reply update = API.post("updates?host=" + API.get("hosts/" + win).json().getString("name"), "");
            assertEquals(409, update.status(), update.body());
            assertTrue(update.body().contains("Linux hosts only"), update.body());
            Reply source = API.post("hosts/" + win + "/log-sources", "{\"path\":\"/var/log/auth.log\",\"format\":\"sshd\"}");
            assertEquals(400, source.status(), source.body());
            assertTrue(source.body().contains("Linux hosts only"), source.body());
            assertEquals(0, API.get("hosts/" + win + "/log-sources/suggestions").jsonArray().size());
        } finally {
            assertEquals(204, API.delete("hosts/" + win).status());
        }
    }

    @Test
    void cpuThresholdZeroRaisesOneAlertPerHostAndOneMailPerAdminEvenAfterMorePolls() throws Exception {
        String ann = TestMail.unique("ann");
        String bob = TestMail.unique("bob");
        poll(); // an earlier /proc/stat reading for every host
        for (long id : LAB.values()) {
            PsmmServer.putOk("settings/hosts/" + id + "/thresholds", "{\"CPU\":0}");
        }
        // Recipients last: the first mail they get is the one these alerts cause.
        PsmmServer.putOk("settings", "{\"alerts.adminRecipients\":\"" + ann + ", " + bob + "\"}");
        poll();
        for (Map.Entry<String, Long> lab : LAB.entrySet()) {
            List<JsonObject> open = Alerts.list("host=" + lab.getValue() + "&kind=CPU&open=true");
            assertEquals(1, open.size(), lab.getKey() + ": " + open);
            assertEquals(0, open.get(0).getInt("threshold"));
        }
        TestMail.sendDue();
        assertEquals(1, mailsTo(ann).size());
        assertEquals(1, mailsTo(bob).size());
        String body = GreenMailBodies.text(mailsTo(ann).get(0));
        for (long id : LAB.values()) {
            String name = API.get("hosts/" + id).json().getString("name");
            assertTrue(body.contains("RAISED " + name + ": CPU"), body);
            assertTrue(body.contains("(threshold 0 %)"), body);
        }

        for (int i = 0; i < 3; i++) {
            poll();
            TestMail.sendDue();
        }
        assertEquals(1, mailsTo(ann).size(), "still one mail: nothing changed, and the hour is not over");
        assertEquals(1, mailsTo(bob).size());
        for (long id : LAB.values()) {
            assertEquals(1, Alerts.list("host=" + id + "&kind=CPU&open=true").size(), "no duplicate open alert");
        }

        Map<Long, Long> openIds = new LinkedHashMap<>();
        for (long id : LAB.values()) {
            openIds.put(id, Alerts.list("host=" + id + "&kind=CPU&open=true").get(0).getJsonNumber("id").longValue());
            PsmmServer.putOk("settings/hosts/" + id + "/thresholds", "{\"CPU\":100}");
        }
        poll();
        for (long id : LAB.values()) {
            assertEquals(0, Alerts.list("host=" + id + "&kind=CPU&open=true").size());
            // A busy build machine may have raised and resolved CPU alerts at 70 % before: find ours.
            assertTrue(Alerts.list("host=" + id + "&kind=CPU&open=false").stream()
                    .anyMatch(a -> a.getJsonNumber("id").longValue() == openIds.get(id)), "resolved, kept as past");
        }
        TestMail.sendDue();
        assertEquals(1, mailsTo(ann).size(), "the resolutions wait for the hour");
        TestClock.setOffset(61 * 60);
        poll();
        TestMail.sendDue();
        assertEquals(2, mailsTo(ann).size(), "an hour later the folded changes go in one mail");
        String folded = GreenMailBodies.text(mailsTo(ann).get(1));
        assertTrue(folded.contains("RESOLVED "), folded);
    }

    @Test
    void mailsWaitForTheSmtpServerAndGoOnceItIsBackNoneLostNoneTwice() throws Exception {
        String cat = TestMail.unique("cat");
        long web = LAB.get("lab-web");
        smtp.stop();
        try {
            PsmmServer.putOk("settings/hosts/" + web + "/thresholds", "{\"RAM\":0}");
            PsmmServer.putOk("settings", "{\"alerts.adminRecipients\":\"" + cat + "\"}");
            poll();
            assertEquals(1, Alerts.list("host=" + web + "&kind=RAM&open=true").size());
            TestMail.sendDue(); // fails (the outbox timer may have tried first: either way one failed attempt)
            List<JsonObject> pending = API.get("notifications?status=PENDING").jsonArray().stream()
                    .map(JsonValue::asJsonObject).filter(n -> n.getString("recipient").equals(cat)).toList();
            assertEquals(1, pending.size());
            assertTrue(pending.get(0).getInt("attempts") >= 1, pending.toString());
            assertFalse(pending.get(0).getString("lastError").isBlank());
            assertEquals(0, TestMail.sendDue().getInt("sent"), "not due again before its back-off");
        } finally {
            smtp = TestMail.startSmtp();
        }
        TestClock.setOffset(10 * 60);
        TestMail.sendDue();
        assertEquals(1, mailsTo(cat).size(), "sent once the relay is back");
        TestMail.sendDue();
        TestClock.setOffset(60 * 60);
        TestMail.sendDue();
        assertEquals(1, mailsTo(cat).size(), "and never twice");
        List<JsonObject> sent = API.get("notifications?status=SENT").jsonArray().stream()
                .map(JsonValue::asJsonObject).filter(n -> n.getString("recipient").equals(cat)).toList();
        assertEquals(1, sent.size());
        assertTrue(sent.get(0).getInt("attempts") >= 2, "sent after at least one failed attempt: " + sent);
    }

    @Test
    void aHostWhoseSshdStopsIsDownAfterTheDelayAndUpAfterRestart() {
        long web = LAB.get("lab-web");
        PsmmServer.putOk("settings", "{\"alerts.hostDownDelayMinutes\":1}");
        poll();
        Lab.sshd("lab-web", "stop");
        try {
            poll();
            JsonObject m = API.get("metrics?host=" + web).json();
            assertFalse(m.getJsonObject("lastPoll").getBoolean("succeeded"), m.toString());
            assertEquals("UNREACHABLE", m.getJsonObject("lastPoll").getString("errorKind"), m.toString());
            assertEquals(0, Alerts.list("host=" + web + "&kind=HOST_DOWN&open=true").size(), "not down before the delay");
            TestClock.setOffset(48 * 3600); // past the 1 min delay, and past any contact another test made with a moved clock
            poll();
            assertEquals(1, Alerts.list("host=" + web + "&kind=HOST_DOWN&open=true").size());
            poll();
            assertEquals(1, Alerts.list("host=" + web + "&kind=HOST_DOWN&open=true").size(), "one open alert, not one per poll");
        } finally {
            Lab.sshd("lab-web", "start");
        }
        poll();
        assertEquals(0, Alerts.list("host=" + web + "&kind=HOST_DOWN&open=true").size(), "up again after the restart");
        assertTrue(Alerts.list("host=" + web + "&kind=HOST_DOWN&open=false").size() >= 1);
        for (long other : List.of(LAB.get("lab-ftp"), LAB.get("lab-sql"))) {
            assertEquals(0, Alerts.list("host=" + other + "&kind=HOST_DOWN&open=true").size());
        }
    }

    @Test
    void samplesOlderThanTheRetentionAreGoneAfterThePurge() {
        long ftp = LAB.get("lab-ftp");
        poll();
        assertFalse(API.get("metrics?host=" + ftp + "&hours=720").json().getJsonArray("samples").isEmpty());
        PsmmServer.putOk("settings", "{\"metrics.retentionHours\":1}");
        TestClock.setOffset(72 * 3600); // later than any other test moves the clock (48 h at most)
        poll(); // a fresh sample, inside the retention
        Reply purge = API.post("metrics/purge", "");
        assertEquals(200, purge.status(), purge.body());
        assertTrue(purge.json().getJsonNumber("deleted").longValue() > 0, purge.body());
        Instant cutoff = TestClock.now().minus(Duration.ofHours(1));
        JsonArray left = API.get("metrics?host=" + ftp + "&hours=720").json().getJsonArray("samples");
        assertEquals(1, left.size(), "only the sample taken inside the last hour is kept: " + left);
        assertTrue(Instant.parse(left.getJsonObject(0).getString("takenAt")).isAfter(cutoff), left.toString());
        try (var c = PsmmServer.database(); var q = c.prepareStatement("SELECT COUNT(*) FROM metric_sample WHERE taken_at < ?")) {
            q.setObject(1, java.time.LocalDateTime.ofInstant(cutoff, java.time.ZoneOffset.UTC));
            try (var rs = q.executeQuery()) {
                rs.next();
                assertEquals(0, rs.getLong(1), "no host keeps a sample older than the retention");
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void settingsAreAdminOnlyTypedAndBounded() throws Exception {
        JsonArray all = API.get("settings").jsonArray();
        assertTrue(all.stream().map(JsonValue::asJsonObject)
                .anyMatch(s -> s.getString("key").equals("metrics.pollIntervalMinutes") && s.getString("defaultValue").equals("5")));
        Reply bad = API.put("settings", "{\"alerts.cpuThresholdPercent\":101,\"metrics.retentionHours\":10}");
        assertEquals(400, bad.status(), bad.body());
        assertTrue(bad.body().contains("alerts.cpuThresholdPercent"), bad.body());
        assertEquals(400, API.put("settings", "{\"alerts.adminRecipients\":\"not an address\"}").status());
        assertEquals(400, API.put("settings", "{\"no.such.setting\":1}").status());
        assertTrue(API.get("settings").jsonArray().stream().map(JsonValue::asJsonObject)
                .anyMatch(s -> s.getString("key").equals("metrics.retentionHours") && s.getString("value").equals("72")),
                "one bad value changes nothing");
        PsmmServer.ensureUser("metrics-viewer", "viewer-secret", "viewer");
        Api viewer = PsmmServer.api("metrics-viewer", "viewer-secret");
        assertEquals(403, viewer.get("settings").status());
        assertEquals(403, viewer.post("metrics/poll", "").status());
        assertEquals(200, viewer.get("alerts").status());
    }
}
