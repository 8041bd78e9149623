package org.psmm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.psmm.it.PsmmServer.Api;

/** The dashboard's host tiles and a host's charts in a real browser, after real polls of the lab. */
@ExtendWith(ArquillianExtension.class)
class MetricsConsoleIT extends BrowserTest {

    private static final Api API = PsmmServer.admin();
    private static final List<String> NAMES = new ArrayList<>();
    private static long firstId;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PsmmServer.ear();
    }

    @BeforeAll
    static void labHostsPolled() {
        Map<String, Long> ids = LabHosts.pinned("lab-ftp", "lab-web", "lab-sql");
        for (long id : ids.values()) {
            NAMES.add(API.get("hosts/" + id).json().getString("name"));
        }
        firstId = ids.get("lab-ftp");
        assertEquals(200, API.post("metrics/poll", "").status());
        assertEquals(200, API.post("metrics/poll", "").status());
    }

    @BeforeEach
    void signIn() {
        signInAsAdmin();
    }

    @Test
    void dashboardShowsATileWithValuesForEachLabHost() throws Exception {
        for (String name : NAMES) {
            WebElement tile = driver.findElement(By.cssSelector("div.psmm-host-tile[data-host='" + name + "']"));
            String text = tile.getText();
            assertTrue(tile.getAttribute("class").contains("psmm-state-"), tile.getAttribute("class"));
            assertTrue(text.contains("CPU") && text.contains("%"), text);
            assertTrue(text.contains(" /"), "the fullest disk and its mount: " + text);
        }
        assertTrue(Files.size(Browser.screenshot(driver, "dashboard-en")) > 0);
    }

    @Test
    void aHostsChartsRenderForEachWindow() throws Exception {
        // A tile opens the host's page (the hub), whose charts link opens the full charts.
        driver.findElement(By.cssSelector("div.psmm-host-tile[data-host='" + NAMES.get(0) + "'] a")).click();
        Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(By.id("hostPageForm:host-charts"))).click();
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#metricsForm\\:cpuChart canvas")));
        for (String chart : List.of("cpuChart", "ramChart", "diskChart")) {
            WebElement canvas = driver.findElement(By.cssSelector("#metricsForm\\:" + chart + " canvas"));
            assertTrue(canvas.getSize().getHeight() > 100, chart + " has a drawing area");
            Object datasets = ((JavascriptExecutor) driver).executeScript(
                    "var c = Chart.getChart(arguments[0]); return c ? c.data.datasets.length : -1;", canvas);
            assertTrue(((Number) datasets).intValue() >= 1, chart + " has data: " + datasets);
        }
        assertTrue(driver.findElement(By.id("metricsForm:sample-count")).getText().matches("\\d+ samples"));
        Browser.screenshot(driver, "host-metrics-6h");
        driver.findElement(By.xpath("//div[@id='metricsForm:hours']//*[normalize-space(text())='72 h']")).click();
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#metricsForm\\:diskChart canvas")));
        Thread.sleep(500);
        assertTrue(Files.size(Browser.screenshot(driver, "host-metrics-72h")) > 0);

        driver.findElement(By.id("menuForm:menu-alerts")).click();
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("alertsForm:alerts")));
        Browser.screenshot(driver, "alerts");
        driver.findElement(By.id("alertsForm:to-notifications")).click();
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("notificationsForm:notifications")));
        Browser.menu(driver, "menu-settings");
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("settingsForm:settings")));
        Browser.screenshot(driver, "settings");
    }
}
