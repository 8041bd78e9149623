package org.psmm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.psmm.it.PsmmServer.Api;
import org.psmm.it.PsmmServer.Reply;

/**
 * The Advisories page as a viewer sees it: advisories concerning a lab host first with the host
 * and version, hostile titles shown as text, links out with rel=noopener, a search, and what came
 * since the last visit marked as new.
 */
@ExtendWith(ArquillianExtension.class)
class AdvisoriesConsoleIT {

    private static final Api API = PsmmServer.admin();
    private static final String PASSWORD = "advisories console passphrase";
    private static final String FEED = "/console/feed/";
    private static AdvisoryFeedServer feeds;
    private static String viewer;
    private static String labHost;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PsmmServer.ear();
    }

    @BeforeAll
    static void oneLabHostAndAFeed() {
        long id = LabHosts.pinnedHost("lab-web");
        labHost = API.get("hosts/" + id).json().getString("name");
        assertEquals(200, API.post("advisories/inventory", "").status());
        feeds = AdvisoryFeedServer.start();
        feeds.serve(FEED, "console.xml");
        assertEquals(200, API.put("settings", "{\"advisories.feeds\":\"" + feeds.url(FEED) + "\"}").status());
        Reply poll = API.post("advisories/poll", "");
        assertEquals(200, poll.status(), poll.body());
        viewer = Accounts.create("adv-viewer", "viewer", PASSWORD);
    }

    @AfterAll
    static void down() {
        API.put("settings", "{\"advisories.feeds\":\"https://www.cert.ssi.gouv.fr/avis/feed/, https://www.cert.ssi.gouv.fr/alerte/feed/\"}");
        if (feeds != null) {
            feeds.close();
        }
    }

    private static List<WebElement> rows(WebDriver driver) {
        return driver.findElements(By.cssSelector("[id='advisoriesForm:advisories_data'] > tr"));
    }

    private static WebElement row(WebDriver driver, String reference) {
        return driver.findElement(By.xpath("//tbody[@id='advisoriesForm:advisories_data']/tr[.//a[normalize-space()='"
                + reference + "']]"));
    }

    @Test
    void exposedAdvisoriesComeFirstWithTheirHostsAndWhatIsNewIsMarked() {
        WebDriver driver = Browser.start();
        try {
            Browser.logIn(driver, "/advisories.xhtml", viewer, PASSWORD);
            Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("advisoriesForm:advisories")));
            assertTrue(driver.findElement(By.id("visit")).getText().contains("first visit"));
            assertTrue(driver.findElements(By.id("advisoriesForm:poll")).isEmpty(), "viewers do not poll");
            // Other tests' advisories share the database: look at this feed's only.
            driver.findElement(By.id("advisoriesForm:search")).sendKeys("CERTFR-2026-AVI-30", Keys.TAB);
            Browser.waitFor(driver).ignoring(StaleElementReferenceException.class).until(d -> rows(d).size() == 3);

            WebElement openssh = row(driver, "CERTFR-2026-AVI-3026");
            assertTrue(openssh.getAttribute("class").contains("advisory-exposed"), openssh.getAttribute("class"));
            String concerns = openssh.findElement(By.className("advisory-concerns")).getText();
            assertTrue(concerns.matches("Concerns \\d+ of your hosts"), concerns);
            assertTrue(openssh.getText().contains(labHost) && openssh.getText().contains("openssh-server"), openssh.getText());
            int exposedIndex = rows(driver).indexOf(openssh);
            int sambaIndex = rows(driver).indexOf(row(driver, "CERTFR-2026-AVI-3050"));
            assertTrue(exposedIndex < sambaIndex, "exposed first, though older");

            WebElement link = openssh.findElement(By.className("advisory-link"));
            assertEquals("https://www.cert.ssi.gouv.fr/avis/CERTFR-2026-AVI-3026/", link.getAttribute("href"));
            assertEquals("_blank", link.getAttribute("target"));
            assertTrue(link.getAttribute("rel").contains("noopener"), link.getAttribute("rel"));

            WebElement hostile = row(driver, "CERTFR-2026-AVI-3012");
            assertTrue(hostile.findElement(By.className("advisory-title")).getText().contains("<img src=x onerror=alert(1)>"));
            assertTrue(hostile.findElements(By.tagName("img")).isEmpty(), "shown as text, never as markup");
            Browser.screenshot(driver, "advisories");

            WebElement search = driver.findElement(By.id("advisoriesForm:search"));
            search.clear();
            search.sendKeys("samba (2 septembre", Keys.TAB);
            Browser.waitFor(driver).ignoring(StaleElementReferenceException.class).until(d -> rows(d).size() == 1 && rows(d).get(0).getText().contains("CERTFR-2026-AVI-3050"));
        } finally {
            Browser.quit(driver);
        }

        feeds.serve(FEED, "console-later.xml");
        assertEquals(200, API.post("advisories/poll", "").status());
        WebDriver again = Browser.start();
        try {
            Browser.logIn(again, "/advisories.xhtml", viewer, PASSWORD);
            Browser.waitFor(again).until(ExpectedConditions.visibilityOfElementLocated(By.id("advisoriesForm:advisories")));
            String visit = again.findElement(By.id("visit")).getText();
            assertTrue(visit.matches("(?s)\\d+ new since your last visit.*"), visit);
            assertFalse(row(again, "CERTFR-2026-AVI-3026").getText().contains("· new"), "seen at the first visit");
            again.findElement(By.cssSelector("[id='advisoriesForm:onlyNew'] .ui-chkbox-box")).click();
            Browser.waitFor(again).ignoring(StaleElementReferenceException.class).until(d -> rows(d).size() == 1 && rows(d).get(0).getText().contains("CERTFR-2026-ALE-031"));
            WebElement alerte = row(again, "CERTFR-2026-ALE-031");
            assertTrue(alerte.getText().contains("· new"), alerte.getText());
            assertTrue(alerte.getText().contains("Alert (alerte)"), alerte.getText());
        } finally {
            Browser.quit(again);
        }
    }
}
