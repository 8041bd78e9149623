package org.psmm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.psmm.it.PsmmServer.Api;
import org.psmm.it.pages.DashboardView;

/**
 * The dashboard (issue 15 item 4, issue 14 item 7) in a real browser: its tiles count what a
 * real collection of real failed logins stored, its charts draw them, an address never seen
 * before is new today once, and a mail that the SMTP
 * relay refuses turns the outbox tile and every page's banner red for admins, not for viewers.
 */
@ExtendWith({ArquillianExtension.class, RealClock.class})
class DashboardConsoleIT extends BrowserTest {

    private static final Api API = PsmmServer.admin();
    private static GreenMail smtp;
    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PsmmServer.ear();
    }

    @BeforeAll
    static void realClockAndSmtp() {
        smtp = TestMail.startSmtp();
    }

    @AfterAll
    static void putBack() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @BeforeEach
    void signIn() {
        signInAsAdmin();
    }

    @Test
    void tilesCountWhatARealCollectionStored() {
        long before = DashboardView.open(driver).failuresToday();
        AttackedHosts.AttackedHost host = AttackedHosts.sshAttacked("lab-web", 4);
        DashboardView page = DashboardView.open(driver);
        try {
            assertTrue(page.failuresToday() >= before + 4, before + " then " + page.failuresToday());
            assertEquals("COMPLETED", page.attribute("last-collection-status", "data-status"));
            assertEquals(host.execution().getJsonNumber("failuresStored").longValue(), page.number("last-collection-failures"));
            assertTrue(page.chartShown("failures24h"), "the last 24 h as a chart");
            assertTrue(page.chartShown("failures30d"), "the last 30 days as a chart");
            assertFalse(page.emptyShown("chart24h-empty"));
            assertFalse(page.attackerIps().isEmpty(), "the week's attackers");
            assertTrue(page.tileLink("tile-failures").endsWith("/failures.xhtml"), page.tileLink("tile-failures"));
            assertTrue(page.tileLink("tile-collection").endsWith("/jobs.xhtml"), page.tileLink("tile-collection"));
            assertTrue(page.tileLink("tile-outbox").endsWith("/notifications.xhtml"), page.tileLink("tile-outbox"));
            assertTrue(page.hostTileLink(host.name()).endsWith("/host.xhtml?id=" + host.id()), page.hostTileLink(host.name()));
        } finally {
            Browser.screenshot(driver, "dashboard-after-collection");
        }
    }

    /**
     * An address PSMM never saw is new today once (issue 14 item 7): attacking again later the same
     * day does not count it twice, and PSMM keeps when it first saw it (auth_failure_ip_first).
     */
    @Test
    void anAddressNeverSeenBeforeCountsOnceAsNewToday() {
        // 127.0.0.0/8 is all loopback: an address of this run only (tests share one schema).
        java.util.Random random = new java.util.Random();
        String fresh = "127.0." + (100 + random.nextInt(150)) + "." + (1 + random.nextInt(250));
        AttackedHosts.AttackedHost host = AttackedHosts.sshAttackedFrom("lab-web", 2, fresh);
        long firstSeen = firstSeenMillis(fresh);
        assertEquals(firstFailureMillis(fresh), firstSeen, "first seen = its first stored failure");
        long newToday = DashboardView.open(driver).number("new-addresses");
        assertTrue(newToday >= 1, "at least " + fresh + " is new today: " + newToday);

        Lab.attackFrom(fresh, "ssh", 2, "lab-web");
        JsonObject again = CollectionJobs.runJob();
        assertEquals("COMPLETED", again.getString("status"), again.toString());
        assertEquals(4, PsmmServer.number("SELECT COUNT(*) FROM auth_failure WHERE source_ip = ? AND host_id = " + host.id(), fresh),
                "the second attack was collected");
        assertEquals(newToday, DashboardView.open(driver).number("new-addresses"), "a known address is not new again");
        assertEquals(firstSeen, firstSeenMillis(fresh), "first seen stays the first time");
    }

    private static long firstSeenMillis(String ip) {
        return PsmmServer.number("SELECT UNIX_TIMESTAMP(first_at) * 1000 FROM auth_failure_ip_first WHERE source_ip = ?", ip);
    }

    private static long firstFailureMillis(String ip) {
        return PsmmServer.number("SELECT UNIX_TIMESTAMP(MIN(occurred_at)) * 1000 FROM auth_failure WHERE source_ip = ?", ip);
    }

    @Test
    void aMailTheRelayRefusesTurnsTheOutboxRedOnEveryPageForAdmins() throws Exception {
        String cat = TestMail.unique("dash");
        PsmmServer.putOk("settings", "{\"alerts.adminRecipients\":\"" + cat + "\"}");
        String quietDay = LocalDate.now().minusDays(400).toString();
        smtp.stop();
        try {
            assertEquals(202, API.post("reports/daily?day=" + quietDay, "").status());
            TestMail.sendDue();
            List<JsonObject> pending = API.get("notifications?status=PENDING").jsonArray().stream()
                    .map(JsonValue::asJsonObject).filter(n -> n.getString("recipient").equals(cat)).toList();
            assertEquals(1, pending.size(), "refused by the relay, waiting for a retry");

            DashboardView page = DashboardView.open(driver);
            assertEquals("true", page.attribute("outbox-state", "data-failing"));
            assertTrue(page.number("outbox-failing-mail") >= 1);
            assertTrue(driver.findElement(By.id("tile-outbox")).getAttribute("class").contains("psmm-tile-bad"));
            WebElement banner = DashboardView.outboxBanner(driver);
            assertNotNull(banner, "the red banner on the dashboard");
            assertEquals("rgba(201, 42, 42, 1)", banner.getCssValue("background-color"));
            Browser.screenshot(driver, "dashboard-outbox-failing");
            driver.get(PsmmServer.URL + "/hosts.xhtml");
            assertNotNull(DashboardView.outboxBanner(driver), "and on every other page");

            String viewer = "dash-viewer-" + java.util.UUID.randomUUID().toString().substring(0, 6);
            PsmmServer.ensureUser(viewer, "Viewer-pass-1", "viewer");
            WebDriver other = Browser.start();
            try {
                Browser.logIn(other, "/", viewer, "Viewer-pass-1");
                Browser.waitFor(other).until(ExpectedConditions.visibilityOfElementLocated(By.id("host-count")));
                assertNull(DashboardView.outboxBanner(other), "the banner is for admins");
            } finally {
                Browser.quit(other);
            }
        } finally {
            // The relay back and the mail sent, so that no later test sees a failing outbox.
            smtp = TestMail.startSmtp();
            PsmmServer.setClockOffset(2 * 3600);
            TestMail.sendDue();
            PsmmServer.useRealClock();
            PsmmServer.putOk("settings", "{\"alerts.adminRecipients\":\"\"}");
        }
        long toCat = java.util.Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return java.util.Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(cat));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count();
        assertEquals(1, toCat, "sent once the relay is back");
        DashboardView page = DashboardView.open(driver);
        assertNull(DashboardView.outboxBanner(driver), "no banner once it went");
        assertEquals("false", page.attribute("outbox-state", "data-failing"));
    }
}
