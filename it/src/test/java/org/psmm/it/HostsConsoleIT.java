package org.psmm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The console in a real browser: log in, add a host, see it listed, switch to French; add a lab
 * host, confirm its SSH key and see its checks pass.
 */
@ExtendWith(ArquillianExtension.class)
class HostsConsoleIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PsmmServer.ear();
    }

    @BeforeAll
    static void authorizePsmmOnTheLab() {
        Lab.authorize(PsmmServer.admin().get("ssh/identity").json().getString("authorizedKeysLine"));
    }

    private void logIn(String user, String password) {
        Browser.logIn(driver, "/", user, password);
    }

    private void openAddDialog() {
        driver.findElement(By.id("hostsForm:add-host")).click();
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("hostForm:name")));
    }

    @Test
    void wrongPasswordStaysOnTheLoginPageWithAMessage() {
        logIn(PsmmServer.ADMIN, "not-the-password");
        WebElement error = Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
        assertEquals("Wrong user name or password.", error.getText());
    }

    @Test
    void addAHostSeeItListedThenReadThePageInFrench() throws Exception {
        logIn(PsmmServer.ADMIN, PsmmServer.ADMIN_PASSWORD);
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("host-count")));

        driver.findElement(By.id("menuForm:menu-hosts")).click();
        Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(By.id("hostsForm:add-host")));

        String name = "console-" + UUID.randomUUID().toString().substring(0, 8);
        openAddDialog();
        driver.findElement(By.id("hostForm:name")).sendKeys(name);
        driver.findElement(By.id("hostForm:address")).sendKeys("192.0.2.44");
        driver.findElement(By.id("hostForm:site_input")).sendKeys("Lyon");
        driver.findElement(By.cssSelector("label[for='hostForm:roles:1']")).click();
        driver.findElement(By.id("hostForm:save-host")).click();

        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("hostsForm:hosts"), name));
        Browser.waitFor(driver).until(ExpectedConditions.invisibilityOfElementLocated(By.id("hostDialog")));
        WebElement row = driver.findElement(By.xpath("//tr[.//span[@class='host-name' and text()='" + name + "']]"));
        assertTrue(row.getText().contains("192.0.2.44"), row.getText());
        assertTrue(row.getText().contains("SQL"), row.getText());
        assertTrue(Files.size(Browser.screenshot(driver, "hosts-en")) > 0);

        driver.findElement(By.id("sessionForm:lang-fr")).click();
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "H\u00f4tes"));
        assertEquals("Ajouter un h\u00f4te", driver.findElement(By.id("hostsForm:add-host")).getText());
        assertTrue(driver.findElement(By.id("hostsForm:hosts")).getText().contains("Fuseau horaire"));
        assertTrue(driver.findElement(By.id("hostsForm:hosts")).getText().contains(name), "the host is still listed");
        Browser.screenshot(driver, "hosts-fr");
    }

    @Test
    void badInputIsShownBesideItsField() {
        logIn(PsmmServer.ADMIN, PsmmServer.ADMIN_PASSWORD);
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("host-count")));
        driver.get(PsmmServer.URL + "/hosts.xhtml");
        Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(By.id("hostsForm:add-host")));

        openAddDialog();
        driver.findElement(By.id("hostForm:name")).sendKeys("bad name");
        driver.findElement(By.id("hostForm:address")).sendKeys("192.0.2.45");
        driver.findElement(By.id("hostForm:save-host")).click();

        WebElement message = Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='hostForm:name'] ~ .ui-message-error, .ui-message-error")));
        assertTrue(message.getText().contains("letters, digits"), message.getText());
        assertTrue(driver.findElement(By.id("hostDialog")).isDisplayed(), "the dialog stays open to correct the field");
        Browser.screenshot(driver, "hosts-validation");
    }

    @Test
    void addALabHostConfirmItsKeyAndSeeItsChecksPass() {
        logIn(PsmmServer.ADMIN, PsmmServer.ADMIN_PASSWORD);
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("host-count")));
        driver.get(PsmmServer.URL + "/hosts.xhtml");
        Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(By.id("hostsForm:add-host")));

        String name = "ftp-" + UUID.randomUUID().toString().substring(0, 8);
        openAddDialog();
        driver.findElement(By.id("hostForm:name")).sendKeys(name);
        driver.findElement(By.id("hostForm:address")).sendKeys(Lab.address("lab-ftp"));
        driver.findElement(By.cssSelector("label[for='hostForm:roles:0']")).click();
        driver.findElement(By.id("hostForm:save-host")).click();
        Browser.waitFor(driver).until(ExpectedConditions.invisibilityOfElementLocated(By.id("hostDialog")));

        By row = By.xpath("//tr[.//span[@class='host-name' and text()='" + name + "']]");
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(row));
        driver.findElement(row).findElement(By.cssSelector(".confirm-key")).click();
        WebElement fingerprint = Browser.waitFor(driver).until(
                ExpectedConditions.visibilityOfElementLocated(By.id("presented-fingerprint")));
        List<String> served = Lab.fingerprints("lab-ftp");
        assertTrue(served.contains(fingerprint.getText().trim()), fingerprint.getText() + " not in " + served);
        Browser.screenshot(driver, "host-key-confirm");
        driver.findElement(By.id("keyForm:confirm-key")).click();
        Browser.waitFor(driver).until(ExpectedConditions.invisibilityOfElementLocated(By.id("keyDialog")));
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(row, "SHA256:"));

        driver.findElement(row).findElement(By.cssSelector(".run-check")).click();
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("checkForm:check-items")));
        List<WebElement> results = driver.findElements(By.cssSelector("[id='checkForm:check-items'] .check-result"));
        List<String> names = driver.findElements(By.cssSelector("[id='checkForm:check-items'] .check-name")).stream()
                .map(e -> e.getAttribute("data-check")).toList();
        assertTrue(names.containsAll(List.of("login", "sudo", "hardening:root-login-refused")), names.toString());
        assertTrue(results.size() >= 6, names.toString());
        results.forEach(r -> assertEquals("passed", r.getText(), names.toString()));
        Browser.screenshot(driver, "host-checks");
    }
}
