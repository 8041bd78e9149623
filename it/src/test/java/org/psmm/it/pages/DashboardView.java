package org.psmm.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.psmm.it.Browser;
import org.psmm.it.PsmmServer;

/** index.xhtml: the dashboard's state tiles, charts and the admins' outbox banner (on every page). */
public final class DashboardView {

    private final WebDriver driver;

    private DashboardView(WebDriver driver) {
        this.driver = driver;
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("host-count")));
    }

    public static DashboardView open(WebDriver driver) {
        driver.get(PsmmServer.URL + "/index.xhtml");
        return new DashboardView(driver);
    }

    public long number(String id) {
        return Long.parseLong(driver.findElement(By.id(id)).getText().trim());
    }

    public long failuresToday() {
        return number("failures-today");
    }

    public String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    public String attribute(String id, String name) {
        return driver.findElement(By.id(id)).getAttribute(name);
    }

    public boolean chartShown(String id) {
        return !driver.findElements(By.cssSelector("[id='" + id + "'] canvas")).isEmpty();
    }

    public boolean emptyShown(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    public List<String> attackerIps() {
        return driver.findElements(By.cssSelector("[id='attackers'] tbody .attacker-ip")).stream().map(WebElement::getText).toList();
    }

    /** The tile's link to its page. */
    public String tileLink(String tileId) {
        return driver.findElement(By.cssSelector("#" + tileId + " a")).getAttribute("href");
    }

    /** Where a host's tile leads (its host page). */
    public String hostTileLink(String hostName) {
        return driver.findElement(By.cssSelector("div.psmm-host-tile[data-host='" + hostName + "'] a")).getAttribute("href");
    }

    /** The red banner admins see on every page while mail or chat fails; null when absent. */
    public static WebElement outboxBanner(WebDriver driver) {
        List<WebElement> b = driver.findElements(By.id("outbox-banner"));
        return b.isEmpty() ? null : b.get(0);
    }
}
