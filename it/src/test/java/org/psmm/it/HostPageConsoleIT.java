package org.psmm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.psmm.it.pages.HostPageView;

/**
 * A host's page (issue 15 item 2) in a real browser, reached from the Hosts table, after real
 * failed SSH logins on a lab host collected by the real job: its log source with its last read
 * and count, its failures with their log lines, its attackers and its 24 h chart.
 */
@ExtendWith({ArquillianExtension.class, RealClock.class})
class HostPageConsoleIT extends BrowserTest {

    private static final int ATTEMPTS = 3;
    private static AttackedHosts.AttackedHost host;
    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PsmmServer.ear();
    }

    @BeforeAll
    static void attack() {
        // "Today" and the last 24 h are PSMM's, on real time (RealClock): the lab's lines are stamped now.
        host = AttackedHosts.sshAttacked("lab-web", ATTEMPTS);
    }

    @BeforeEach
    void signIn() {
        signInAsAdmin();
    }

    @Test
    void theHostsTableLeadsToTheHostsPageWithItsCollectedFailuresAndLogSources() {
        HostPageView page = HostPageView.fromHostsTable(driver, host.name());
        try {
            assertEquals(host.name(), page.name());
            assertTrue(driver.getCurrentUrl().contains("host.xhtml?id=" + host.id()), driver.getCurrentUrl());

            assertEquals(List.of(host.logPath()), page.sourcePaths());
            assertTrue(Long.parseLong(page.sourceFailureCounts().get(0)) >= ATTEMPTS, page.sourceFailureCounts().toString());
            assertFalse(page.sourceLastReads().get(0).isBlank(), "the source's last read is shown");

            assertTrue(page.failuresToday() >= ATTEMPTS, "today: " + page.failuresToday());
            assertTrue(page.failuresChartShown(), "the last 24 h as a chart");
            List<String> ips = page.failureIps();
            assertTrue(ips.contains(host.sourceIp()), ips.toString());
            List<String> users = page.failureUsers();
            for (var a : host.attempts()) {
                assertTrue(users.contains(a.getString("user")), a + " in " + users);
            }
            assertTrue(page.attackers().contains(host.sourceIp()), page.attackers().toString());

            assertEquals("", page.windowsSourcesWarning(), "a Linux host's sources are read");
            String raw = page.expandFirstFailure();
            assertTrue(raw.contains("sshd") && raw.contains(host.sourceIp()), raw);
            assertTrue(driver.findElements(By.cssSelector("main script:not([nonce]), main img")).isEmpty(),
                    "no script without the page's nonce, no image: everything from the log is text");
        } finally {
            Browser.screenshot(driver, "host-page");
        }
    }

    /** A host marked Windows after its log source was added: the job leaves the source out, and the page says so. */
    @Test
    void aWindowsHostsLogSourcesAreSaidNotToBeRead() {
        var api = PsmmServer.admin();
        String name = "win-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        PsmmServer.Reply created = api.post("hosts", "{\"name\":\"" + name + "\",\"address\":\"127.0.0.99\",\"timeZone\":\"UTC\"}");
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        assertEquals(201, api.post("hosts/" + id + "/log-sources", "{\"path\":\"/var/log/auth.log\",\"format\":\"sshd\"}").status());
        assertEquals(200, api.put("hosts/" + id,
                "{\"name\":\"" + name + "\",\"address\":\"127.0.0.99\",\"timeZone\":\"UTC\",\"os\":\"WINDOWS\"}").status());

        HostPageView page = HostPageView.open(driver, id);
        assertEquals(List.of("/var/log/auth.log"), page.sourcePaths());
        String warning = page.windowsSourcesWarning();
        assertTrue(warning.contains("marked Windows") && warning.contains("not read"), warning);
        assertEquals(400, api.post("hosts/" + id + "/log-sources", "{\"path\":\"/var/log/syslog\",\"format\":\"sshd\"}").status(),
                "no new source on a Windows host");
        assertEquals(204, api.delete("hosts/" + id).status());
    }

    @Test
    void anUnknownHostSaysSo() {
        driver.get(PsmmServer.URL + "/host.xhtml?id=999999999");
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("host-missing")));
        assertTrue(driver.findElement(By.id("host-missing")).getText().contains("No such host"));
    }
}
