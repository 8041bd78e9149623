package org.psmm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
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
 * System updates with real apt on the lab hosts (lab/apt-repo: a private package database per
 * host, psmm-lab-demo 1.0 installed, 1.1 asks for a reboot, 1.1+broken's postinst fails),
 * through the lab captive portal (lab/captive-portal), with GreenMail as the mail relay.
 */
@ExtendWith(ArquillianExtension.class)
class UpdatesIT {

    private static final Api API = PsmmServer.admin();
    private static final String SITE = "it-site-" + UUID.randomUUID().toString().substring(0, 8);
    private static GreenMail smtp;
    private static JsonObject portal;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PsmmServer.ear();
    }

    @BeforeAll
    static void portalConfiguredAndSmtpUp() {
        portal = UpdateLab.portal();
        Lab.authorize(API.get("ssh/identity").json().getString("authorizedKeysLine"));
        Reply saved = API.put("updates/portals/" + SITE, """
                {"loginUrl":"%s","logoutUrl":"%s","userField":"%s","passwordField":"%s","user":"%s","password":"%s"}
                """.formatted(portal.getString("login_url"), portal.getString("logout_url"),
                portal.getString("user_field"), portal.getString("password_field"), portal.getString("user"),
                portal.getString("password")));
        assertEquals(200, saved.status(), saved.body());
        assertFalse(saved.body().contains(portal.getString("password")), "the password is never returned");
        assertTrue(saved.json().getBoolean("passwordSet"));
        smtp = TestMail.startSmtp();
    }

    @AfterAll
    static void cleanUp() {
        if (smtp != null) {
            smtp.stop();
        }
        UpdateLab.portalRefuses(false);
    }

    @AfterEach
    void noRecipients() {
        UpdateLab.portalRefuses(false);
        API.put("settings", "{\"alerts.adminRecipients\":\"\"}");
    }

    /** A lab host (by its lab name) added to PSMM, key pinned, apt on its lab root, via the portal. */
    private static String labHost(String lab, boolean viaPortal) {
        long id = LabHosts.createHost(Lab.address(lab), 22, "monitor", "", ",\"site\":\"" + SITE + "\"");
        LabHosts.pin(id);
        String name = API.get("hosts/" + id).json().getString("name");
        JsonObject apt = UpdateLab.apt(lab);
        Reply r = API.put("updates/hosts/" + name + "/options", """
                {"aptConfig":"%s","rootPrefix":"%s","viaPortal":%s}
                """.formatted(apt.getString("apt_config"), apt.getString("root_prefix"), viaPortal));
        assertEquals(200, r.status(), r.body());
        return name;
    }

    private static String recipient(String who) {
        String address = who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@it.example.org";
        assertEquals(200, API.put("settings", "{\"alerts.adminRecipients\":\"" + address + "\"}").status());
        return address;
    }

    /** Starts an update and checks the request came back at once, the run queued or running. */
    private static long start(String host) {
        Instant t0 = Instant.now();
        Reply r = API.post("updates?host=" + host, "");
        assertEquals(202, r.status(), r.body());
        JsonObject run = r.jsonArray().getJsonObject(0);
        assertEquals(host, run.getString("host"));
        assertTrue(List.of("QUEUED", "RUNNING").contains(run.getString("status")), run.toString());
        assertTrue(Duration.between(t0, Instant.now()).toSeconds() < 5, "the request does not wait for apt");
        return run.getJsonNumber("id").longValue();
    }

    private static JsonObject awaitEnd(long runId) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(deadline)) {
            JsonObject run = API.get("updates/runs/" + runId).json();
            if (List.of("SUCCEEDED", "FAILED").contains(run.getString("status"))) {
                return run;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("update run " + runId + " did not end within 2 minutes");
    }

    private static List<MimeMessage> mailsTo(String address) throws Exception {
        TestMail.sendDue();
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                Address[] to = m.getAllRecipients();
                return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static void assertLoginThenLogout(List<JsonObject> events, boolean loginAccepted) {
        assertEquals(2, events.size(), "one login, one logout: " + events);
        assertEquals("login", events.get(0).getString("event"), events.toString());
        assertEquals(loginAccepted, events.get(0).getBoolean("ok"), events.toString());
        assertEquals(portal.getString("user"), events.get(0).getString("user"));
        assertEquals("logout", events.get(1).getString("event"), "logged out after: " + events);
    }

    @Test
    void upgradablePackageIsListedUpgradedAndTheRebootMailedBetweenPortalLoginAndLogout() throws Exception {
        UpdateLab.resetApt("lab-ftp", "good");
        String host = labHost("lab-ftp", true);
        String ann = recipient("ann");
        UpdateLab.clearPortalEvents();
        // Admins also hear of the reboot in chat: a real receiver as a generic webhook.
        ChatReceiver chat = ChatReceiver.start();
        String secret = UUID.randomUUID().toString();
        ChatChannels.addChannel("updates-" + secret.substring(0, 6), "WEBHOOK", chat.url("/hook", secret), secret);

        JsonObject run;
        List<JsonObject> posted;
        try {
            run = awaitEnd(start(host));
            TestMail.sendDue();
            posted = chat.accepted("/hook");
        } finally {
            ChatChannels.deleteChannels();
            chat.close();
        }
        assertEquals(1, posted.size(), posted.toString());
        assertEquals("reboot_required", posted.get(0).getString("event"), posted.toString());
        assertTrue(posted.get(0).getString("title").contains(host), posted.toString());

        assertEquals("SUCCEEDED", run.getString("status"), run.toString());
        assertEquals(1, run.getJsonArray("packages").size(), run.toString());
        JsonObject pkg = run.getJsonArray("packages").getJsonObject(0);
        assertEquals("psmm-lab-demo", pkg.getString("name"));
        assertEquals("1.0", pkg.getString("from"));
        assertEquals("1.1", pkg.getString("to"));
        assertTrue(run.getBoolean("rebootRequired"), run.toString());
        assertEquals("psmm-lab-demo", run.getString("rebootPackages"));
        assertTrue(run.getBoolean("portalUsed"));
        assertTrue(run.getJsonNumber("durationMs").longValue() > 0);
        assertTrue(run.getString("outputTail").contains("Setting up psmm-lab-demo (1.1)"), run.getString("outputTail"));
        assertEquals("1.1", UpdateLab.apt("lab-ftp").getString("installed"), "real apt upgraded the lab host");
        assertLoginThenLogout(UpdateLab.portalEvents(), true);
        assertFalse(run.toString().contains(portal.getString("password")), "no portal password in a run");

        List<MimeMessage> mails = mailsTo(ann);
        assertEquals(1, mails.size(), "one mail: the reboot");
        assertEquals("[PSMM] " + host + ": reboot required", mails.get(0).getSubject());
        String text = GreenMailBodies.text(mails.get(0));
        assertTrue(text.contains("psmm-lab-demo 1.0 -> 1.1"), text);
        assertTrue(text.contains("Reboot required: yes (psmm-lab-demo)"), text);

        List<String> listed = API.get("updates/runs?host=" + host).jsonArray().stream().map(JsonValue::asJsonObject)
                .map(o -> o.getString("status")).toList();
        assertEquals(List.of("SUCCEEDED"), listed);

        // Nothing left to upgrade: a second run succeeds with no package; the flag is still there.
        JsonObject again = awaitEnd(start(host));
        assertEquals("SUCCEEDED", again.getString("status"), again.toString());
        assertEquals(0, again.getJsonArray("packages").size());
        assertTrue(again.getBoolean("rebootRequired"));
    }

    @Test
    void updateAllRunsEveryHostItCanReachAndOneFailureStopsNoOther() throws Exception {
        PsmmServer.removeAllHosts();
        UpdateLab.resetApt("lab-ftp", "good");
        UpdateLab.resetApt("lab-web", "broken");
        String good = labHost("lab-ftp", false);
        String broken = labHost("lab-web", false);
        // A host whose key was never confirmed cannot be updated: "all" leaves it out.
        long unpinned = LabHosts.createHost(Lab.address("lab-sql"), 22, "monitor", "", "");

        Reply r = API.post("updates?host=all", "");
        assertEquals(202, r.status(), r.body());
        Map<String, Long> runs = r.jsonArray().stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(o -> o.getString("host"), o -> o.getJsonNumber("id").longValue()));
        assertEquals(Set.of(good, broken), runs.keySet(), r.body());

        JsonObject ok = awaitEnd(runs.get(good));
        JsonObject failed = awaitEnd(runs.get(broken));
        assertEquals("SUCCEEDED", ok.getString("status"), ok.toString());
        assertEquals("1.1", ok.getJsonArray("packages").getJsonObject(0).getString("to"), ok.toString());
        assertEquals("1.1", UpdateLab.apt("lab-ftp").getString("installed"));
        assertEquals("FAILED", failed.getString("status"), failed.toString());
        assertTrue(failed.getString("error").startsWith("upgrading the packages failed"), failed.toString());
        assertEquals(0, API.get("updates/runs?host=" + API.get("hosts/" + unpinned).json().getString("name"))
                .jsonArray().size(), "no run for the unconfirmed host");
    }

    @Test
    void failedUpgradeIsRecordedAndMailedAndThePortalStillLogsOut() throws Exception {
        UpdateLab.resetApt("lab-web", "broken");
        String host = labHost("lab-web", true);
        String bob = recipient("bob");
        UpdateLab.clearPortalEvents();

        JsonObject run = awaitEnd(start(host));

        assertEquals("FAILED", run.getString("status"), run.toString());
        assertTrue(run.getString("error").startsWith("upgrading the packages failed (exit status 100)"), run.getString("error"));
        assertEquals("1.1+broken", run.getJsonArray("packages").getJsonObject(0).getString("to"));
        assertFalse(run.getBoolean("rebootRequired"));
        assertTrue(run.getString("outputTail").contains("configuration failed on purpose"), run.getString("outputTail"));
        assertLoginThenLogout(UpdateLab.portalEvents(), true);

        List<MimeMessage> mails = mailsTo(bob);
        assertEquals(1, mails.size());
        assertEquals("[PSMM] " + host + ": system update failed", mails.get(0).getSubject());
        String text = GreenMailBodies.text(mails.get(0));
        assertTrue(text.contains("Status: FAILED"), text);
        assertTrue(text.contains("Error: upgrading the packages failed"), text);
        assertTrue(text.contains("psmm-lab-demo 1.0 -> 1.1+broken"), text);
    }

    @Test
    void refusedPortalLoginFailsTheRunBeforeAptAndStillLogsOut() throws Exception {
        UpdateLab.resetApt("lab-sql", "good");
        String host = labHost("lab-sql", true);
        String cat = recipient("cat");
        UpdateLab.clearPortalEvents();
        UpdateLab.portalRefuses(true);

        JsonObject run = awaitEnd(start(host));

        assertEquals("FAILED", run.getString("status"), run.toString());
        assertEquals("captive portal login failed: HTTP 403", run.getString("error"));
        assertEquals(0, run.getJsonArray("packages").size(), "apt never ran");
        assertEquals("1.0", UpdateLab.apt("lab-sql").getString("installed"));
        assertLoginThenLogout(UpdateLab.portalEvents(), false);
        assertEquals(1, mailsTo(cat).size());
    }

    @Test
    void aRunShowsItsPhaseWhileItRunsAndASecondRequestIsRefused() throws Exception {
        UpdateLab.resetApt("lab-ftp", "good");
        String host = labHost("lab-ftp", true);
        UpdateLab.clearPortalEvents();
        UpdateLab.portalDelay(6); // the run waits for the portal: time to look at it
        long first;
        try {
            first = start(host);
            JsonObject running = null;
            Instant deadline = Instant.now().plusSeconds(5);
            while (Instant.now().isBefore(deadline)) {
                running = API.get("updates/runs/" + first).json();
                if (running.getString("status").equals("RUNNING")) {
                    break;
                }
                Thread.sleep(200);
            }
            assertEquals("RUNNING", running.getString("status"), running.toString());
            assertEquals("PORTAL_LOGIN", running.getString("phase"), running.toString());
            Reply second = API.post("updates?host=" + host, "");
            assertEquals(409, second.status(), second.body());
            assertTrue(second.body().contains("already queued or running (run " + first + ")"), second.body());
        } finally {
            UpdateLab.portalDelay(0);
        }
        JsonObject done = awaitEnd(first);
        assertEquals("SUCCEEDED", done.getString("status"), done.toString());
        assertFalse(done.containsKey("phase"), "no phase once ended: " + done);
        assertLoginThenLogout(UpdateLab.portalEvents(), true);
        assertEquals(1, API.get("updates/runs?host=" + host).jsonArray().size(), "the refused request made no run");
    }

    @Test
    void badInputIsExplained() {
        String host = labHost("lab-ftp", false);
        assertEquals(404, API.post("updates?host=no-such-host", "").status());
        assertEquals(400, API.post("updates", "").status());
        Reply bad = API.put("updates/hosts/" + host + "/options", "{\"aptConfig\":\"relative/apt.conf\",\"viaPortal\":false}");
        assertEquals(400, bad.status(), bad.body());
        assertTrue(bad.body().contains("absolute path"), bad.body());
        Reply badPortal = API.put("updates/portals/other", "{\"loginUrl\":\"ftp://x\",\"logoutUrl\":\"http://x/\","
                + "\"userField\":\"u\",\"passwordField\":\"p\",\"user\":\"u\",\"password\":\"p\"}");
        assertEquals(400, badPortal.status(), badPortal.body());
        assertTrue(badPortal.body().contains("loginUrl"), badPortal.body());
        Reply noPassword = API.put("updates/portals/fresh-site", "{\"loginUrl\":\"http://x/\",\"logoutUrl\":\"http://x/\","
                + "\"userField\":\"u\",\"passwordField\":\"p\",\"user\":\"u\",\"password\":\"\"}");
        assertEquals(400, noPassword.status(), noPassword.body());
        assertTrue(noPassword.body().contains("needs its password"), noPassword.body());
    }

    @Test
    void aHostMarkedForThePortalOfASiteWithoutOneFailsClearly() throws Exception {
        long id = LabHosts.createHost(Lab.address("lab-sql"), 22, "monitor", "", ",\"site\":\"nowhere\"");
        LabHosts.pin(id);
        String host = API.get("hosts/" + id).json().getString("name");
        JsonObject apt = UpdateLab.apt("lab-sql"); // never this machine's own apt, even if the refusal broke
        assertEquals(200, API.put("updates/hosts/" + host + "/options", """
                {"aptConfig":"%s","rootPrefix":"%s","viaPortal":true}
                """.formatted(apt.getString("apt_config"), apt.getString("root_prefix"))).status());
        JsonObject run = awaitEnd(start(host));
        assertEquals("FAILED", run.getString("status"));
        assertEquals("the host goes through a captive portal but site 'nowhere' has none configured", run.getString("error"));
    }
}
