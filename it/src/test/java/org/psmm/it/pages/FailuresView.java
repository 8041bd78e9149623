package org.psmm.it.pages;

import java.util.List;
import java.util.function.BooleanSupplier;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.psmm.it.Browser;
import org.psmm.it.PsmmServer;

/** failures.xhtml: the filters (kind among them), the table and its rows' expansions. */
public final class FailuresView {

    private static final String TABLE = "[id='failuresForm:failures']";
    private final WebDriver driver;

    private FailuresView(WebDriver driver) {
        this.driver = driver;
        Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(By.id("failuresForm:apply")));
    }

    /** Opens the page with a query (ip=..., user=...), or none. */
    public static FailuresView open(WebDriver driver, String query) {
        driver.get(PsmmServer.URL + "/failures.xhtml" + (query == null ? "" : "?" + query));
        return new FailuresView(driver);
    }

    public String kindShown() {
        return driver.findElement(By.id("failuresForm:kind_label")).getText();
    }

    /** Picks a kind by its label and filters. */
    public void filterKind(String label) {
        Browser.choose(driver, "failuresForm:kind", label);
        driver.findElement(By.id("failuresForm:apply")).click();
    }

    public List<String> kinds() {
        return driver.findElements(By.cssSelector(TABLE + " tbody .failure-kind")).stream()
                .map(e -> e.getAttribute("data-kind")).toList();
    }

    public List<String> ips() {
        return driver.findElements(By.cssSelector(TABLE + " tbody .failure-ip")).stream().map(WebElement::getText).toList();
    }

    public String timeHeader() {
        return driver.findElement(By.cssSelector(TABLE + " thead th:nth-child(2)")).getText();
    }

    /** No log line is on screen until a row is opened. */
    public boolean rawLineVisible() {
        return driver.findElements(By.cssSelector(TABLE + " .failure-raw")).stream().anyMatch(WebElement::isDisplayed);
    }

    public String expandFirst() {
        driver.findElement(By.cssSelector(TABLE + " tbody .ui-row-toggler")).click();
        return Browser.waitFor(driver).ignoring(StaleElementReferenceException.class).until(ExpectedConditions
                .visibilityOfElementLocated(By.cssSelector(TABLE + " .failure-raw"))).getText();
    }

    public void waitUntil(BooleanSupplier condition) {
        Browser.waitFor(driver).ignoring(StaleElementReferenceException.class).until(d -> condition.getAsBoolean());
    }
}
