package org.psmm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.psmm.it.PsmmServer.Api;
import org.psmm.it.PsmmServer.Reply;

/** The Logs dialog adds a log to a lab host; the Jobs page restarts a failed collection. */
@ExtendWith(ArquillianExtension.class)
class JobsConsoleIT extends BrowserTest {

    private static final Api API = PsmmServer.admin();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PsmmServer.ear();
    }

    /** The job reads every host's logs: start from none of the earlier classes' hosts. */
    @BeforeAll
    static void noHostLeftByOthers() {
        PsmmServer.removeAllHosts();
    }

    @Test
    void addALogInTheConsoleThenRestartAFailedCollectionFromTheJobsPage() {
        Lab.authorize(API.get("ssh/identity").json().getString("authorizedKeysLine"));
        String name = "sql-" + UUID.randomUUID().toString().substring(0, 6);
        Reply host = API.post("hosts", """
                {"name":"%s","address":"%s","roles":["SQL"],"timeZone":"UTC"}
                """.formatted(name, Lab.address("lab-sql")));
        long hostId = host.json().getJsonNumber("id").longValue();
        LabHosts.pin(hostId);
        String log = CollectionJobs.labLog("lab-sql", "mariadb");

        Browser.logIn(driver, "/hosts.xhtml", PsmmServer.ADMIN, PsmmServer.ADMIN_PASSWORD);
        By row = By.xpath("//tr[.//span[@class='host-name' and text()='" + name + "']]");
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(row));
        driver.findElement(row).findElement(By.cssSelector(".open-logs")).click();
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("logsForm:path")));
        driver.findElement(By.id("logsForm:path")).sendKeys(log);
        driver.findElement(By.id("logsForm:format")).click();
        Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(By.cssSelector("li[data-label='mariadb']"))).click();
        driver.findElement(By.id("logsForm:add-source")).click();
        try {
            Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("logsForm:sources"), log));
        } finally {
            Browser.screenshot(driver, "host-logs");
        }
        assertEquals(1, API.get("hosts/" + hostId + "/log-sources").jsonArray().size());

        JsonObject failed;
        Lab.sshd("lab-sql", "stop");
        try {
            failed = CollectionJobs.runJob();
        } finally {
            Lab.sshd("lab-sql", "start");
        }
        assertEquals("FAILED", failed.getString("status"));
        long failedId = failed.getJsonNumber("id").longValue();

        driver.get(PsmmServer.URL + "/jobs.xhtml");
        By failedRow = By.xpath("//tr[.//span[contains(@class,'execution-id') and text()='" + failedId + "']]");
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(failedRow));
        assertTrue(driver.findElement(failedRow).getText().contains("FAILED"));
        driver.findElement(failedRow).findElement(By.cssSelector(".restart-execution")).click();

        // The restart is a new execution with a higher id; the page refreshes until it completes.
        // The table is replaced at each refresh: a row replaced while being read is read again.
        new WebDriverWait(driver, Duration.ofSeconds(90)).ignoring(StaleElementReferenceException.class).until(d -> {
            var first = d.findElements(By.cssSelector("[id='jobsForm:executions'] tbody tr")).get(0).getText();
            return first.contains("COMPLETED") && !first.startsWith(String.valueOf(failedId));
        });
        Browser.screenshot(driver, "jobs-restarted");
        assertTrue(driver.findElement(failedRow).findElements(By.cssSelector(".restart-execution")).isEmpty(),
                "a restarted execution cannot be restarted again");
        JsonObject restarted = API.get("jobs/executions").jsonArray().getJsonObject(0);
        assertEquals("COMPLETED", restarted.getString("status"));
        assertTrue(restarted.getJsonNumber("id").longValue() > failedId);
    }
}
