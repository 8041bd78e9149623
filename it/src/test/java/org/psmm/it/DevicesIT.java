package org.psmm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
 * Devices over SNMP against the lab's real net-snmp agents (lab/snmpd): discovery, rates from two
 * polls around real loopback traffic, the reasons a device does not answer, down after two silent
 * polls with one alert mail (GreenMail) and resolved when it answers again, and an agent restart
 * between polls that must not give a negative rate.
 */
@ExtendWith(ArquillianExtension.class)
class DevicesIT {

    private static final Api API = PsmmServer.admin();
    private static GreenMail smtp;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PsmmServer.ear();
    }

    @BeforeAll
    static void agentsUpAndSmtp() {
        Lab.snmpAgent(LabDevices.V2C);
        Lab.snmpAgent(LabDevices.V3);
        smtp = TestMail.startSmtp();
    }

    @AfterAll
    static void smtpDown() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @AfterEach
    void cleanUp() {
        Lab.snmpd(LabDevices.V2C, "start"); // idempotent: a failed outage test leaves it up for the next
        PsmmServer.setClockOffset(0);
        PsmmServer.putOk("settings", "{\"alerts.adminRecipients\":\"\"}");
        LabDevices.removeAll();
    }

    @Test
    void discoveryStoresTheSystemGroupAndTheAgentsInterfacesAndNeverReturnsTheCommunity() throws Exception {
        JsonObject agent = Lab.snmpAgent(LabDevices.V2C);
        JsonObject d = LabDevices.create(LabDevices.v2cJson(LabDevices.uniqueName("switch"), "Lab room", null));
        assertEquals(agent.getString("sysName"), d.getString("sysName"), d.toString());
        assertEquals("Net-SNMP", d.getString("vendor"));
        assertTrue(d.getString("sysObjectId").startsWith("1.3.6.1.4.1.8072."), d.toString());
        assertEquals(agent.getString("sysLocation"), d.getString("sysLocation"), "hostile text is stored as the device said it");
        assertEquals(agent.getString("sysDescr"), d.getString("sysDescr"));
        assertTrue(isNull(d, "discoveryError"), d.toString());
        assertTrue(d.getBoolean("communitySet"));
        assertFalse(d.toString().contains(agent.getString("community")), "the community never comes back: " + d);
        assertFalse(API.get("devices").body().contains(agent.getString("community")));
        try (Connection c = PsmmServer.database(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT community FROM device WHERE id = " + d.getJsonNumber("id").longValue())) {
            assertTrue(rs.next());
            assertFalse(rs.getString(1).contains(agent.getString("community")), "stored sealed, not in clear");
        }

        long id = d.getJsonNumber("id").longValue();
        List<JsonObject> interfaces = LabDevices.interfaces(id);
        List<String> names = interfaces.stream().map(i -> i.getString("name")).toList();
        assertTrue(names.contains("lo"), "the agent's interfaces are this machine's: " + names);
        assertTrue(interfaces.stream().allMatch(i -> !i.getString("adminStatus").isEmpty() && i.getInt("ifIndex") > 0), names.toString());
        JsonObject lo = LabDevices.lo(id);
        assertEquals("softwareLoopback", lo.getString("type"));
        assertEquals("UP", lo.getString("operStatus"));
        assertTrue(interfaces.stream().anyMatch(i -> agent.getJsonArray("ifAliases").getString(0).equals(i.getString("alias"))),
                "ifAlias as the agent reports it: " + interfaces);
        List<JsonObject> events = API.get("devices/" + id + "/events").jsonArray().stream().map(JsonValue::asJsonObject).toList();
        assertEquals("DISCOVERED", events.get(0).getString("kind"), events.toString());
    }

    @Test
    void aDevicesOwnThresholdsAreKeptChangedAndRemoved() {
        long id = LabDevices.create(LabDevices.v2cJson(LabDevices.uniqueName("thresholds"), "Lab room", null))
                .getJsonNumber("id").longValue();
        PsmmServer.putOk("devices/" + id + "/thresholds", "{\"CPU\":50,\"DISK\":80}");
        JsonObject own = API.get("devices/" + id + "/thresholds").json();
        assertEquals(50, own.getInt("CPU"), own.toString());
        assertEquals(80, own.getInt("DISK"), own.toString());
        // A change finds the stored row by its (device, kind) key; null removes it.
        PsmmServer.putOk("devices/" + id + "/thresholds", "{\"CPU\":60,\"DISK\":null}");
        own = API.get("devices/" + id + "/thresholds").json();
        assertEquals(60, own.getInt("CPU"), own.toString());
        assertFalse(own.containsKey("DISK"), own.toString());
    }

    @Test
    void twoPollsAroundLoopbackTrafficGiveTheInterfacesRate() throws Exception {
        JsonObject d = LabDevices.create(LabDevices.v2cJson(LabDevices.uniqueName("router"), null, null));
        long id = d.getJsonNumber("id").longValue();
        LabDevices.pollAll();
        Thread.sleep(6000); // net-snmp caches the interface table for a few seconds
        long bytes = LabDevices.sendThroughLoopback(40L << 20);
        Thread.sleep(6000);
        JsonObject summary = LabDevices.pollAll();
        assertEquals(1, summary.getInt("answered"), summary.toString());

        JsonObject lo = LabDevices.lo(id);
        assertFalse(isNull(lo, "inBps"), "the second poll has a rate: " + lo);
        JsonObject samples = API.get("devices/" + id + "/samples?hours=1&interface=" + lo.getJsonNumber("id").longValue()).json();
        List<JsonObject> s = samples.getJsonArray("interfaces").getValuesAs(JsonObject.class);
        assertEquals(2, s.size(), samples.toString());
        assertTrue(isNull(s.get(0), "inBps"), "the first poll has nothing to compare with");
        double seconds = Duration.between(Instant.parse(s.get(0).getString("takenAt")), Instant.parse(s.get(1).getString("takenAt")))
                .toMillis() / 1000.0;
        double octets = s.get(1).getJsonNumber("inBps").doubleValue() * seconds / 8;
        assertTrue(octets >= bytes * 0.95, "lo counted what went through it: " + octets + " octets >= " + bytes);
        assertTrue(s.get(1).getJsonNumber("outBps").doubleValue() > 0);
        JsonObject polled = LabDevices.get(id);
        assertEquals("UP", polled.getString("status"));
        assertTrue(polled.getJsonNumber("uptimeSeconds").longValue() > 0, polled.toString());
        assertFalse(samples.getJsonArray("samples").isEmpty());
    }

    @Test
    void aWrongCommunityIsNoAnswerWithItsReason() {
        JsonObject d = LabDevices.create(LabDevices.v2cJson(LabDevices.uniqueName("printer"), null, "not-the-community"));
        assertTrue(d.getString("discoveryError").contains("no answer"), d.toString());
        assertTrue(d.getString("discoveryError").contains("wrong community"), d.toString());
        LabDevices.pollAll();
        JsonObject polled = LabDevices.get(d.getJsonNumber("id").longValue());
        assertEquals("NO_ANSWER", polled.getString("statusReason"), polled.toString());
        assertEquals("UNKNOWN", polled.getString("status"), "one silent poll is not down yet");
        assertEquals(1, polled.getInt("failedPolls"));
    }

    @Test
    void v3AuthPrivWorksAndAWrongPasswordIsAnAuthenticationError() {
        JsonObject good = LabDevices.create(LabDevices.v3Json(LabDevices.uniqueName("core"), null));
        assertEquals(LabDevices.V3, good.getString("sysName"), good.toString());
        assertTrue(good.getBoolean("v3AuthPasswordSet") && good.getBoolean("v3PrivPasswordSet"));
        assertFalse(good.toString().contains(Lab.snmpAgent(LabDevices.V3).getString("v3AuthPassword")));
        LabDevices.pollAll();
        assertEquals("UP", LabDevices.get(good.getJsonNumber("id").longValue()).getString("status"));
        // One agent knows one password for a user: the device with the wrong one is another entry for it.
        assertEquals(204, API.delete("devices/" + good.getJsonNumber("id").longValue()).status());

        JsonObject bad = LabDevices.create(LabDevices.v3Json(LabDevices.uniqueName("edge"), "wrong-password-1"));
        assertTrue(bad.getString("discoveryError").contains("wrong authentication password"), bad.toString());
        LabDevices.pollAll();
        JsonObject polled = LabDevices.get(bad.getJsonNumber("id").longValue());
        assertEquals("AUTHENTICATION", polled.getString("statusReason"), polled.toString());

        Reply shortPassword = API.post("devices", LabDevices.v3Json(LabDevices.uniqueName("short"), "short"));
        assertEquals(400, shortPassword.status(), shortPassword.body());
        assertTrue(shortPassword.body().contains("v3AuthPassword"), shortPassword.body());
    }

    @Test
    void anAgentStoppedIsDownAfterTwoPollsWithOneMailAndResolvedWhenItAnswersAgain() throws Exception {
        String admin = TestMail.unique("noc");
        PsmmServer.putOk("settings", "{\"alerts.adminRecipients\":\"" + admin + "\"}");
        LabDevices.pollAll(); // whatever older changes this new recipient hears of go now
        PsmmServer.setClockOffset(3700); // an hour later: the next alert mail may go at once
        String name = LabDevices.uniqueName("ups");
        long id = LabDevices.create(LabDevices.v2cJson(name, "Basement", null)).getJsonNumber("id").longValue();
        LabDevices.pollAll();
        assertEquals("UP", LabDevices.get(id).getString("status"));
        TestMail.sendDue(); // what was queued before (older changes) is delivered, not counted below
        int before = mailsTo(admin).size();

        Lab.snmpd(LabDevices.V2C, "stop");
        try {
            LabDevices.pollAll();
            JsonObject once = LabDevices.get(id);
            assertEquals("UNKNOWN", once.getString("status"), once.toString());
            assertTrue(Alerts.list("kind=DEVICE_DOWN&open=true").stream().noneMatch(a -> a.getString("hostName").equals(name)));
            LabDevices.pollAll();
            JsonObject twice = LabDevices.get(id);
            assertEquals("DOWN", twice.getString("status"), twice.toString());
            assertEquals("NO_ANSWER", twice.getString("statusReason"));
            List<JsonObject> open = Alerts.list("kind=DEVICE_DOWN&open=true").stream()
                    .filter(a -> a.getString("hostName").equals(name)).toList();
            assertEquals(1, open.size(), open.toString());
            assertTrue(open.get(0).getString("detail").contains("no answer"), open.toString());
            LabDevices.pollAll();
            LabDevices.pollAll();
            TestMail.sendDue();
        } finally {
            Lab.snmpd(LabDevices.V2C, "start");
        }
        List<MimeMessage> mails = mailsTo(admin);
        assertEquals(before + 1, mails.size(), "one alert mail, however many polls it stays down");
        String body = GreenMailBodies.text(mails.get(mails.size() - 1));
        assertTrue(body.contains("RAISED " + name + ": device down (no answer from"), body);

        LabDevices.pollAll();
        assertEquals("UP", LabDevices.get(id).getString("status"));
        assertTrue(Alerts.list("kind=DEVICE_DOWN&open=false").stream().anyMatch(a -> a.getString("hostName").equals(name)),
                "resolved");
        PsmmServer.setClockOffset(3700 + 3700);
        LabDevices.pollAll();
        TestMail.sendDue();
        List<MimeMessage> after = mailsTo(admin);
        assertEquals(before + 2, after.size());
        String resolved = GreenMailBodies.text(after.get(after.size() - 1));
        assertTrue(resolved.contains("RESOLVED " + name + ": device down"), resolved);
        List<String> kinds = API.get("devices/" + id + "/events").jsonArray().stream()
                .map(e -> e.asJsonObject().getString("kind")).toList();
        assertTrue(kinds.contains("DOWN") && kinds.contains("UP"), kinds.toString());
    }

    @Test
    void anAgentRestartBetweenPollsGivesNoNegativeRateAndIsNoDeviceRestart() throws Exception {
        long id = LabDevices.create(LabDevices.v2cJson(LabDevices.uniqueName("switch"), null, null)).getJsonNumber("id").longValue();
        LabDevices.pollAll();
        Thread.sleep(3000);
        LabDevices.pollAll();
        Lab.snmpd(LabDevices.V2C, "stop");
        Lab.snmpd(LabDevices.V2C, "start");
        LabDevices.pollAll();
        Thread.sleep(6000);
        LabDevices.sendThroughLoopback(4L << 20);
        LabDevices.pollAll();
        JsonObject samples = API.get("devices/" + id + "/samples?hours=1").json();
        List<JsonObject> s = samples.getJsonArray("interfaces").getValuesAs(JsonObject.class);
        assertFalse(s.isEmpty());
        for (JsonObject x : s) {
            for (String k : List.of("inBps", "outBps", "inErrorsPerSecond", "outErrorsPerSecond")) {
                assertTrue(isNull(x, k) || x.getJsonNumber(k).doubleValue() >= 0, "no negative rate: " + x);
            }
        }
        JsonObject lo = LabDevices.lo(id);
        assertFalse(isNull(lo, "inBps"), "rates again once the agent runs on: " + lo);
        List<String> kinds = API.get("devices/" + id + "/events").jsonArray().stream()
                .map(e -> e.asJsonObject().getString("kind")).toList();
        assertFalse(kinds.contains("RESTARTED"), "the agent restarted, not the system: " + kinds);
        JsonNumber uptime = LabDevices.get(id).getJsonNumber("uptimeSeconds");
        assertTrue(uptime.longValue() > 60, "the system's uptime, not the agent's: " + uptime);
    }

    /** JSON-B leaves null fields out of its answers. */
    static boolean isNull(JsonObject o, String key) {
        return !o.containsKey(key) || o.isNull(key);
    }

    private static List<MimeMessage> mailsTo(String address) {
        return java.util.Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients() != null
                        && java.util.Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

}
