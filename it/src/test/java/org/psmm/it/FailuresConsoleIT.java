package org.psmm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.psmm.it.pages.FailuresView;

/**
 * The Failures page in a real browser: the summary cards, filtering by IP in the database, and
 * hostile user names shown as text, never run as HTML.
 */
// The summary's "today" is PSMM's: rows stamped now must fall on it, whatever others set.
@ExtendWith({ArquillianExtension.class, RealClock.class})
class FailuresConsoleIT extends BrowserTest {

    private static ExplorerData data;
    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PsmmServer.ear();
    }

    @BeforeAll
    static void rows() throws Exception {
        data = new ExplorerData().create();
        // Enough rows to rank among today's top users whatever the other tests attacked before.
        data.insertNow(ExplorerData.SCRIPT_USER, "203.0.113.66", 40);
    }

    @BeforeEach
    void signIn() {
        signInAsAdmin();
    }

    private List<String> column(String cssClass) {
        return driver.findElements(By.cssSelector("[id='failuresForm:failures'] tbody ." + cssClass)).stream()
                .map(WebElement::getText).toList();
    }

    /** Waits for the table's ajax update; rows replaced while being read are read again. */
    private void tableShows(java.util.function.BooleanSupplier condition) {
        Browser.waitFor(driver).ignoring(StaleElementReferenceException.class).until(d -> condition.getAsBoolean());
    }

    @Test
    void filterByIpShowsThatIpsRowsWithHostileNamesAsText() {
        driver.findElement(By.id("menuForm:menu-failures")).click();
        Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(By.id("failuresForm:apply")));
        assertTrue(Integer.parseInt(driver.findElement(By.id("failures-today")).getText()) >= 3);
        List<String> topUsers = driver.findElements(By.cssSelector("#top-users .top-user")).stream().map(WebElement::getText).toList();
        assertTrue(topUsers.contains(ExplorerData.SCRIPT_USER), topUsers.toString());

        driver.findElement(By.id("failuresForm:ip")).sendKeys(data.ipTwo);
        driver.findElement(By.id("failuresForm:apply")).click();
        tableShows(() -> column("failure-ip").stream().allMatch(data.ipTwo::equals)
                && column("failure-ip").size() == 2);
        assertEquals(List.of(ExplorerData.FORMULA_USER, ExplorerData.SCRIPT_USER), column("failure-user"));
        assertTrue(driver.findElements(By.cssSelector("[id='failuresForm:failures'] script")).isEmpty(),
                "the user name became no script element");
        String csv = URLDecoder.decode(driver.findElement(By.id("failuresForm:csv")).getAttribute("href"), StandardCharsets.UTF_8);
        assertTrue(csv.contains("/api/failures.csv?ip=" + data.ipTwo), csv);
        Browser.screenshot(driver, "failures-filtered-by-ip");

        driver.findElement(By.id("failuresForm:ip")).clear();
        driver.findElement(By.id("failuresForm:user")).sendKeys(ExplorerData.SCRIPT_USER);
        driver.findElement(By.id("failuresForm:apply")).click();
        // This user name in every test's data: at least this run's 1 + 3 rows, and only that name.
        tableShows(() -> column("failure-user").size() >= 4
                && column("failure-user").stream().allMatch(ExplorerData.SCRIPT_USER::equals));
        Browser.screenshot(driver, "failures-filtered-by-hostile-user");
    }

    @Test
    void anIpPageListsItsAttemptsAcrossServices() {
        driver.get(PsmmServer.URL + "/ip.xhtml?ip=" + URLEncoder.encode(data.ipTwo, StandardCharsets.UTF_8));
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("ip-shown")));
        assertEquals(data.ipTwo, driver.findElement(By.id("ip-shown")).getText());
        String services = driver.findElement(By.id("services")).getText();
        assertTrue(services.contains("ftp") && services.contains("ssh") && services.contains(data.hostA), services);
        List<String> users = driver.findElements(By.cssSelector("[id='ipForm:attempts'] tbody .failure-user"))
                .stream().map(WebElement::getText).toList();
        assertEquals(List.of(ExplorerData.FORMULA_USER, ExplorerData.SCRIPT_USER), users);
        Browser.screenshot(driver, "failures-ip");
    }

    @Test
    void aHostileUserNameInTheUrlIsOnlyText() {
        driver.get(PsmmServer.URL + "/ip.xhtml?ip=" + URLEncoder.encode("<img src=x onerror=alert(1)>", StandardCharsets.UTF_8));
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("ip-shown")));
        assertEquals("<img src=x onerror=alert(1)>", driver.findElement(By.id("ip-shown")).getText());
        assertTrue(driver.findElements(By.cssSelector("main img")).isEmpty());
    }

    @Test
    void probesAreHiddenUntilAskedForAndALinesRawTextIsInItsRowsExpansion() {
        // ipMany's rows are all probes (scanners closing the connection): hidden by default.
        FailuresView page = FailuresView.open(driver, "ip=" + data.ipMany);
        assertEquals("failed logins (no probes)", page.kindShown());
        page.waitUntil(() -> page.ips().isEmpty());
        assertTrue(page.timeHeader().matches("Time \\(.+\\)"), "the zone with the time: " + page.timeHeader());

        page.filterKind("probes only");
        page.waitUntil(() -> page.ips().size() == 25 && page.kinds().stream().allMatch("probe"::equals));
        assertFalse(page.rawLineVisible(), "one row per line height: the log line waits in the expansion");
        String raw = page.expandFirst();
        assertTrue(raw.startsWith("sshd: Connection closed by " + data.ipMany + " [preauth]"), raw);
        Browser.screenshot(driver, "failures-probes-expanded");

        // ipTwo's failed logins are shown by default, none of them a probe.
        FailuresView logins = FailuresView.open(driver, "ip=" + data.ipTwo);
        logins.waitUntil(() -> logins.ips().size() == 2);
        assertEquals(List.of("auth", "auth"), logins.kinds());
    }
}
