package org.psmm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.psmm.it.PsmmServer.Api;
import org.psmm.it.PsmmServer.Reply;

/** The Logs dialog adds a journal source (kind and filter), refuses a bad filter, in English and French. */
@ExtendWith(ArquillianExtension.class)
class JournalSourcesConsoleIT extends BrowserTest {

    private static final Api API = PsmmServer.admin();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PsmmServer.ear();
    }

    @BeforeEach
    void prepare() {
        // The Logs dialog with two sources and the journal fields is taller than the default window.
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1300));
    }

    private void openLogs(String hostName) {
        By row = By.xpath("//tr[.//span[@class='host-name' and text()='" + hostName + "']]");
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(row));
        driver.findElement(row).findElement(By.cssSelector(".open-logs")).click();
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("logsForm:kind")));
    }

    /** The sources table's text, including what a narrow column clips. */
    private String sourcesText() {
        return driver.findElement(By.id("logsForm:sources")).getAttribute("textContent");
    }

    @Test
    void aJournalSourceIsAddedWithItsFilterAndABadFilterIsRefused() {
        String name = "journal-" + UUID.randomUUID().toString().substring(0, 6);
        Reply host = API.post("hosts", """
                {"name":"%s","address":"%s","roles":["SQL"],"timeZone":"UTC"}
                """.formatted(name, Lab.address("lab-sql")));
        assertEquals(201, host.status(), host.body());
        long hostId = host.json().getJsonNumber("id").longValue();

        Browser.logIn(driver, "/hosts.xhtml", PsmmServer.ADMIN, PsmmServer.ADMIN_PASSWORD);
        openLogs(name);
        Browser.choose(driver, "logsForm:kind", "Journal");
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("logsForm:filter")));
        driver.findElement(By.id("logsForm:filter")).sendKeys("sshd;reboot");
        Browser.choose(driver, "logsForm:format", "sshd");
        driver.findElement(By.id("logsForm:add-source")).click();
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("logsForm"),
                "Invalid journal filter"));
        assertEquals(0, API.get("hosts/" + hostId + "/log-sources").jsonArray().size(), "nothing stored");

        String file = Lab.journalFile("console").toString();
        driver.findElement(By.id("logsForm:filter")).clear();
        driver.findElement(By.id("logsForm:filter")).sendKeys("sshd, sshd-session");
        driver.findElement(By.id("logsForm:file")).sendKeys(file);
        driver.findElement(By.id("logsForm:add-source")).click();
        try {
            Browser.waitFor(driver).ignoring(StaleElementReferenceException.class).until(d -> sourcesText().contains("sshd,sshd-session"));
        } finally {
            Browser.screenshot(driver, "host-logs-journal");
        }
        String table = sourcesText();
        assertTrue(table.contains("Journal") && table.contains(file) && table.contains("not read yet"), table);
        JsonObject source = API.get("hosts/" + hostId + "/log-sources").jsonArray().getJsonObject(0);
        assertEquals(1, API.get("hosts/" + hostId + "/log-sources").jsonArray().size());
        assertEquals("JOURNAL", source.getString("kind"));
        assertEquals("sshd,sshd-session", source.getString("journalFilter"));
        assertEquals(file, source.getString("journalFile"));

        // A file source is still added as before, the kind switched back to File.
        Browser.choose(driver, "logsForm:kind", "File");
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("logsForm:path")));
        driver.findElement(By.id("logsForm:path")).sendKeys("/var/log/mysql/error.log");
        Browser.choose(driver, "logsForm:format", "mariadb");
        driver.findElement(By.id("logsForm:add-source")).click();
        Browser.waitFor(driver).ignoring(StaleElementReferenceException.class).until(d -> sourcesText().contains("/var/log/mysql/error.log"));
        assertEquals(2, API.get("hosts/" + hostId + "/log-sources").jsonArray().size());

        driver.get(PsmmServer.URL + "/hosts.xhtml");
        Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(By.id("sessionForm:lang-fr"))).click();
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "H\u00f4tes"));
        openLogs(name);
        assertTrue(sourcesText().contains("pas encore lu"), sourcesText());
        Browser.choose(driver, "logsForm:kind", "Journal");
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("logsForm"),
                "Unités ou identifiants"));
        Browser.screenshot(driver, "host-logs-journal-fr");
    }
}
