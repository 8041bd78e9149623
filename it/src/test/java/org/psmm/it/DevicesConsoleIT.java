package org.psmm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A device added in a real browser from the lab's v2c agent, whose sysDescr, sysLocation,
 * sysContact and ifAlias hold script and img tags: the Devices page, the device page with its
 * interfaces and charts, the dashboard grouped by site and the Sites page show them as text, in
 * English and French. Any alert dialog fails the test.
 */
@ExtendWith(ArquillianExtension.class)
class DevicesConsoleIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PsmmServer.ear();
    }

    @BeforeEach
    void prepare() {
        Lab.snmpAgent(LabDevices.V2C);
        LabDevices.removeAll();
        signInAsAdmin();
    }

    @AfterEach
    void cleanUp() {
        LabDevices.removeAll();
    }

    /** Fails when a script a device reported ran: it would have opened an alert dialog. */
    private void noAlertDialog(String where) {
        try {
            String text = driver.switchTo().alert().getText();
            fail("an alert dialog opened on " + where + ": " + text);
        } catch (NoAlertPresentException expected) {
            // nothing ran
        } catch (UnhandledAlertException e) {
            fail("an alert dialog opened on " + where + ": " + e.getMessage());
        }
    }

    @Test
    void aDeviceAddedInTheConsoleShowsItsHostileTextAsTextWithInterfacesAndChartsInEnglishAndFrench() throws Exception {
        JsonObject agent = Lab.snmpAgent(LabDevices.V2C);
        String name = LabDevices.uniqueName("lab-switch");
        String site = LabDevices.uniqueName("Site");
        Browser.menu(driver, "menu-devices");
        Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(By.id("devicesForm:add-device"))).click();
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("deviceForm:name")));
        driver.findElement(By.id("deviceForm:name")).sendKeys(name);
        driver.findElement(By.id("deviceForm:address")).sendKeys(agent.getString("address"));
        driver.findElement(By.id("deviceForm:site_input")).sendKeys(site);
        driver.findElement(By.id("deviceForm:community")).sendKeys(agent.getString("community"));
        driver.findElement(By.id("deviceForm:save-device")).click();
        Browser.waitFor(driver).until(ExpectedConditions.invisibilityOfElementLocated(By.id("deviceDialog")));
        WebElement link = Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//a[contains(@class,'device-name') and text()='" + name + "']")));
        assertTrue(driver.findElement(By.id("devicesForm:devices")).getText().contains(agent.getString("sysName")));
        assertFalse(driver.getPageSource().contains(agent.getString("community")), "the community is never shown");
        noAlertDialog("the Devices page");
        Browser.screenshot(driver, "devices-en");

        LabDevices.pollAll();
        Thread.sleep(4000);
        LabDevices.sendThroughLoopback(8L << 20);
        LabDevices.pollAll();
        link = driver.findElement(By.xpath("//a[contains(@class,'device-name') and text()='" + name + "']"));
        link.click();
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("sys-location")));
        assertEquals(agent.getString("sysLocation"), driver.findElement(By.id("sys-location")).getText());
        assertEquals(agent.getString("sysDescr"), driver.findElement(By.id("sys-descr")).getText());
        assertEquals(agent.getString("sysContact"), driver.findElement(By.id("sys-contact")).getText());
        List<String> aliases = driver.findElements(By.cssSelector(".if-alias")).stream().map(WebElement::getText).toList();
        assertTrue(aliases.contains(agent.getJsonArray("ifAliases").getString(0)), aliases.toString());
        assertTrue(aliases.contains(agent.getJsonArray("ifAliases").getString(1)), aliases.toString());
        List<String> interfaces = driver.findElements(By.cssSelector(".if-name")).stream().map(WebElement::getText).toList();
        assertTrue(interfaces.contains("lo"), interfaces.toString());
        for (String chart : List.of("trafficChart", "systemChart", "storageChart")) {
            WebElement canvas = Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#deviceForm\\:" + chart + " canvas")));
            Object datasets = ((JavascriptExecutor) driver).executeScript(
                    "var c = Chart.getChart(arguments[0]); return c ? c.data.datasets.length : -1;", canvas);
            assertTrue(((Number) datasets).intValue() >= 1, chart + " has data: " + datasets);
        }
        Object labels = ((JavascriptExecutor) driver).executeScript(
                "var c = Chart.getChart(document.querySelector('#deviceForm\\\\:storageChart canvas'));"
                        + " return c.data.datasets.map(function (d) { return d.label; }).join('|');");
        assertTrue(String.valueOf(labels).contains("/"), "storage series are named by the device's mounts: " + labels);
        noAlertDialog("the device page");
        assertTrue(Files.size(Browser.screenshot(driver, "device-en")) > 0);

        driver.findElement(By.xpath("//div[@id='deviceForm:hours']//*[normalize-space(text())='7 d']")).click();
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#deviceForm\\:trafficChart canvas")));
        noAlertDialog("the device page over 7 days");

        driver.findElement(By.id("sessionForm:lang-fr")).click();
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("system"), "Emplacement"));
        assertTrue(driver.findElement(By.id("deviceForm")).getText().contains("Interfaces"));
        assertTrue(driver.findElement(By.id("deviceForm")).getText().contains("Trafic de l'interface"));
        assertEquals(agent.getString("sysLocation"), driver.findElement(By.id("sys-location")).getText());
        noAlertDialog("the device page in French");
        Browser.screenshot(driver, "device-fr");

        driver.findElement(By.id("menuForm:menu-dashboard")).click();
        WebElement section = Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("section.psmm-site[data-site='" + site + "']")));
        // Its state: answering (OK), or answering with an alert (this busy machine's CPU may be over 70 %).
        String tile = section.findElement(By.cssSelector("div.psmm-device-tile[data-device='" + name + "']")).getText();
        assertTrue(tile.startsWith("OK") || tile.startsWith("ALERTE"), tile);
        assertTrue(section.findElement(By.cssSelector(".psmm-count-up")).getText().contains("1"), section.getText());
        noAlertDialog("the dashboard");
        Browser.screenshot(driver, "dashboard-sites-fr");

        Browser.menu(driver, "menu-sites");
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("sitesForm:sites")));
        String sites = driver.findElement(By.id("sitesForm:sites")).getText();
        assertTrue(sites.contains(site) && sites.contains(name), sites);
        noAlertDialog("the Sites page");
        driver.findElement(By.id("sessionForm:lang-en")).click();
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Sites"));
    }
}
