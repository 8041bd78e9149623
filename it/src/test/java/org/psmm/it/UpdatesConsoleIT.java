package org.psmm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.psmm.it.PsmmServer.Api;
import org.psmm.it.PsmmServer.Reply;

/** The Updates page: an admin updates one lab host and watches the run end with its package. */
@ExtendWith(ArquillianExtension.class)
class UpdatesConsoleIT extends BrowserTest {

    private static final Api API = PsmmServer.admin();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PsmmServer.ear();
    }

    @Test
    void updateThisHostShowsTheRunWithItsPackageAndReboot() {
        Lab.authorize(API.get("ssh/identity").json().getString("authorizedKeysLine"));
        JsonObject apt = UpdateLab.resetApt("lab-sql", "good");
        String name = "upd-" + UUID.randomUUID().toString().substring(0, 6);
        Reply host = API.post("hosts", """
                {"name":"%s","address":"%s","timeZone":"UTC"}
                """.formatted(name, Lab.address("lab-sql")));
        assertEquals(201, host.status(), host.body());
        LabHosts.pin(host.json().getJsonNumber("id").longValue());

        Browser.logIn(driver, "/updates.xhtml", PsmmServer.ADMIN, PsmmServer.ADMIN_PASSWORD);
        By row = By.xpath("//tbody[@id='updatesForm:hosts_data']/tr[td[normalize-space()='" + name + "']]");
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(row));
        // The lab's apt options, typed as an admin would, then saved.
        driver.findElement(row).findElement(By.cssSelector("input[id$=':aptConfig']")).sendKeys(apt.getString("apt_config"));
        driver.findElement(row).findElement(By.cssSelector("input[id$=':rootPrefix']")).sendKeys(apt.getString("root_prefix"));
        driver.findElement(row).findElement(By.cssSelector("button[id$=':saveOptions']")).click();
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("updatesForm:messages"),
                "Update options of " + name + " saved."));
        assertEquals(apt.getString("apt_config"), API.get("updates/hosts/" + name + "/options").json().getString("aptConfig"));

        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(row));
        driver.findElement(row).findElement(By.cssSelector("button[id$=':updateHost']")).click();
        By runRow = By.xpath("//tbody[@id='updatesForm:runs_data']/tr[td[normalize-space()='" + name + "']]");
        try {
            new WebDriverWait(driver, Duration.ofSeconds(90)).until(
                    ExpectedConditions.textToBePresentInElementLocated(runRow, "succeeded"));
        } finally {
            Browser.screenshot(driver, "updates");
        }
        String text = driver.findElement(runRow).getText();
        assertTrue(text.contains("psmm-lab-demo 1.0 → 1.1"), text);
        assertTrue(text.contains("required (psmm-lab-demo)"), text);
        assertTrue(text.contains(PsmmServer.ADMIN), text);
        assertFalse(driver.getPageSource().contains("javax.faces") && driver.getPageSource().contains("Exception"));
    }
}
