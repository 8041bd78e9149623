package org.psmm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The guided add-host dialog against lab-ftp: address and role, the key compared and confirmed,
 * the checks passed, the lab's log files found and ticked, then a first collection that completes.
 */
@ExtendWith(ArquillianExtension.class)
class AddHostFlowConsoleIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PsmmServer.ear();
    }

    @BeforeAll
    static void authorizePsmmOnTheLab() {
        Lab.authorize(PsmmServer.admin().get("ssh/identity").json().getString("authorizedKeysLine"));
    }

    @Test
    void addLabFtpInOneFlowAndSeeItsFirstCollectionComplete() {
        // 1. name, address, role
        String name = openFlowWith("flow-", "lab-ftp");
        driver.findElement(By.cssSelector("label[for='flowForm:flow-roles:0']")).click();
        driver.findElement(By.id("flowForm:flow-create")).click();

        // 2. the presented key, the commands to compare it, confirm
        WebElement fingerprint = Browser.waitFor(driver).until(
                ExpectedConditions.visibilityOfElementLocated(By.id("flowForm:flow-fingerprint")));
        List<String> served = Lab.fingerprints("lab-ftp");
        assertTrue(served.contains(fingerprint.getText().trim()), fingerprint.getText() + " not in " + served);
        String keyscan = driver.findElement(By.id("flow-keyscan-command")).getText();
        assertTrue(keyscan.startsWith("ssh-keyscan -p 22 -t ") && keyscan.contains(" " + Lab.address("lab-ftp") + " | ssh-keygen -lf -"),
                keyscan);
        assertTrue(driver.findElement(By.id("flow-host-command")).getText().startsWith("ssh-keygen -lf /etc/ssh/ssh_host_"));
        Browser.screenshot(driver, "flow-key");
        driver.findElement(By.id("flowForm:flow-confirm-key")).click();

        // 3. the checks, all passed
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("flowForm:flow-check-items")));
        List<String> names = driver.findElements(By.cssSelector("[id='flowForm:flow-check-items'] .check-name")).stream()
                .map(e -> e.getAttribute("data-check")).toList();
        assertTrue(names.containsAll(List.of("login", "sudo", "logs", "hardening:root-login-refused")), names.toString());
        driver.findElements(By.cssSelector("[id='flowForm:flow-check-items'] .check-result"))
                .forEach(r -> assertEquals("passed", r.getText(), names.toString()));
        assertEquals("Every check passed.", driver.findElement(By.id("flowForm:flow-check-verdict")).getText().trim());
        Browser.screenshot(driver, "flow-check");
        driver.findElement(By.id("flowForm:flow-to-logs")).click();

        // 4. the suggestions: the lab has no /var/log/auth.log, so the journal is suggested and
        // ticked; /var/log/vsftpd.log is not there and stays unticked.
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("flowForm:flow-sources")));
        assertTrue(ticked("Journal: sshd"), labels().toString());
        assertFalse(ticked("/var/log/vsftpd.log (vsftpd)"), labels().toString());

        // The lab's own files, looked for on the host: found, so ticked.
        List<String> labFiles = new ArrayList<>();
        for (JsonValue v : Lab.host("lab-ftp").getJsonArray("logs")) {
            JsonObject log = v.asJsonObject();
            driver.findElement(By.id("flowForm:flow-other-path")).sendKeys(log.getString("path"));
            new Select(driver.findElement(By.id("flowForm:flow-other-format"))).selectByValue(log.getString("format"));
            int before = labels().size();
            driver.findElement(By.id("flowForm:flow-look-for")).click();
            Browser.waitFor(driver).ignoring(StaleElementReferenceException.class).until(d -> labels().size() == before + 1);
            String label = log.getString("path") + " (" + log.getString("format") + ")";
            assertTrue(ticked(label), label + " in " + labels());
            labFiles.add(label);
        }
        assertEquals(2, labFiles.size(), labFiles.toString());

        // A missing file is said so and left unticked.
        driver.findElement(By.id("flowForm:flow-other-path")).sendKeys("/nonexistent/psmm-" + name + ".log");
        new Select(driver.findElement(By.id("flowForm:flow-other-format"))).selectByValue("sshd");
        int before = labels().size();
        driver.findElement(By.id("flowForm:flow-look-for")).click();
        Browser.waitFor(driver).ignoring(StaleElementReferenceException.class).until(d -> labels().size() == before + 1);
        assertTrue(driver.findElement(By.id("flowForm:flow-logs")).getText().contains("Not found on the host"));
        assertFalse(ticked("/nonexistent/psmm-" + name + ".log (sshd)"));

        // This machine's own journal is not the lab's: collect the lab's files only.
        for (String label : labels()) {
            if (label.startsWith("Journal:") && ticked(label)) {
                checkbox(label).click();
            }
        }
        Browser.screenshot(driver, "flow-logs");
        driver.findElement(By.id("flowForm:flow-collect")).click();

        // 5. the first collection, its execution, the link to Jobs
        WebElement execution = Browser.waitFor(driver).until(
                ExpectedConditions.visibilityOfElementLocated(By.id("flowForm:flow-execution")));
        assertEquals("2", driver.findElement(By.cssSelector("#flow-started .flow-added")).getText());
        assertTrue(driver.findElement(By.id("flowForm:flow-jobs-link")).getAttribute("href").contains("/jobs.xhtml"));
        Browser.screenshot(driver, "flow-done");
        long id = Long.parseLong(execution.getAttribute("data-execution"));
        JsonObject ended = CollectionJobs.awaitEnd(id);
        assertEquals("COMPLETED", ended.getString("status"), ended.toString());

    }

    /**
     * No Windows host exists here: lab-web stands for one, marked Windows in the first step. Its
     * key is confirmed as any host's; its Windows check fails (no cmd on lab-web), and the log
     * step says why no source is added instead of showing an empty list.
     */
    @Test
    void aHostMarkedWindowsIsToldItsLogsAreNotCollectedAndShowsAsWindows() {
        String name = openFlowWith("flow-win-", "lab-web");
        new Select(driver.findElement(By.id("flowForm:flow-os"))).selectByValue("WINDOWS");
        driver.findElement(By.id("flowForm:flow-create")).click();

        Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(By.id("flowForm:flow-confirm-key"))).click();
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("flowForm:flow-check-items")));
        driver.findElement(By.id("flowForm:flow-to-logs")).click();

        WebElement warning = Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("flow-windows-warning")));
        assertTrue(warning.getText().contains("marked Windows") && warning.getText().contains("no log source is added"),
                warning.getText());
        assertTrue(driver.findElements(By.id("flowForm:flow-sources")).isEmpty(), "no list of Linux log files for a Windows host");
        assertTrue(driver.findElements(By.id("flowForm:flow-collect")).isEmpty());
        Browser.screenshot(driver, "flow-windows");

        JsonObject host = PsmmServer.admin().get("hosts").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(h -> h.getString("name").equals(name)).findFirst().orElseThrow();
        assertEquals("WINDOWS", host.getString("os"));
        assertEquals(0, PsmmServer.admin().get("hosts/" + host.getJsonNumber("id").longValue() + "/log-sources").jsonArray().size());

        driver.findElement(By.id("flowForm:flow-windows-close")).click();
        driver.get(PsmmServer.URL + "/hosts.xhtml");
        WebElement row = Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//tr[.//span[contains(@class,'host-name') and text()='" + name + "']]")));
        assertEquals("Windows", row.findElement(By.cssSelector(".host-os")).getText());
    }

    @Test
    void operatorsAndViewersDoNotSeeTheGuidedFlow() throws Exception {
        PsmmServer.ensureUser("flow-operator", "Operator-pass-1", "operator");
        PsmmServer.ensureUser("flow-viewer", "Viewer-pass-1", "viewer");
        for (String user : List.of("flow-operator", "flow-viewer")) {
            org.openqa.selenium.WebDriver other = Browser.start();
            try {
                Browser.logIn(other, "/", user, user.equals("flow-operator") ? "Operator-pass-1" : "Viewer-pass-1");
                Browser.waitFor(other).until(ExpectedConditions.visibilityOfElementLocated(By.id("host-count")));
                other.get(PsmmServer.URL + "/hosts.xhtml");
                Browser.waitFor(other).until(ExpectedConditions.visibilityOfElementLocated(By.id("hostsForm:hosts")));
                assertTrue(other.findElements(By.id("hostsForm:add-host-flow")).isEmpty(), user);
                assertTrue(other.findElements(By.id("flowForm")).isEmpty(), user);
            } finally {
                Browser.quit(other);
            }
        }
    }

    /** As an admin on the Hosts page: opens the guided dialog and types a new name and the lab host's address. */
    private String openFlowWith(String namePrefix, String labHost) {
        signInAsAdmin();
        driver.get(PsmmServer.URL + "/hosts.xhtml");
        Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(By.id("hostsForm:add-host-flow"))).click();
        String name = namePrefix + UUID.randomUUID().toString().substring(0, 8);
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("flowForm:flow-name"))).sendKeys(name);
        driver.findElement(By.id("flowForm:flow-address")).sendKeys(Lab.address(labHost));
        return name;
    }

    private List<WebElement> labelElements() {
        return driver.findElements(By.cssSelector("[id='flowForm:flow-sources'] label"));
    }

    private List<String> labels() {
        return labelElements().stream().map(WebElement::getText).toList();
    }

    private WebElement checkbox(String label) {
        return labelElements().stream().filter(l -> l.getText().equals(label) || l.getText().startsWith(label)).findFirst()
                .orElseThrow(() -> new AssertionError(label + " not in " + labels()));
    }

    private boolean ticked(String label) {
        String forId = checkbox(label).getAttribute("for");
        return driver.findElement(By.id(forId)).isSelected();
    }
}
