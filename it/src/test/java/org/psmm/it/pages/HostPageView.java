package org.psmm.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.psmm.it.Browser;
import org.psmm.it.PsmmServer;

/** host.xhtml: one host's page (the hub), opened from the Hosts table or by its id. */
public final class HostPageView {

    private static final String FORM = "hostPageForm";
    private final WebDriver driver;

    private HostPageView(WebDriver driver) {
        this.driver = driver;
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id(FORM + ":host-name")));
    }

    public static HostPageView open(WebDriver driver, long id) {
        driver.get(PsmmServer.URL + "/host.xhtml?id=" + id);
        return new HostPageView(driver);
    }

    /** On the Hosts page: clicks the host's name, as a person does. */
    public static HostPageView fromHostsTable(WebDriver driver, String name) {
        driver.get(PsmmServer.URL + "/hosts.xhtml");
        By link = By.xpath("//a[contains(@class,'host-page-link')][.//span[@class='host-name' and text()='" + name + "']]");
        Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(link)).click();
        return new HostPageView(driver);
    }

    public String name() {
        return driver.findElement(By.id(FORM + ":host-name")).getText();
    }

    public String state() {
        return driver.findElement(By.id(FORM + ":host-state")).getAttribute("data-state");
    }

    public long failuresToday() {
        return Long.parseLong(driver.findElement(By.id("host-failures-today")).getText().trim());
    }

    public boolean failuresChartShown() {
        return !driver.findElements(By.cssSelector("[id='" + FORM + ":hostFailuresChart'] canvas")).isEmpty();
    }

    public List<String> sourcePaths() {
        return texts("[id='" + FORM + ":sources'] tbody .source-path");
    }

    public List<String> sourceFailureCounts() {
        return texts("[id='" + FORM + ":sources'] tbody .source-failures");
    }

    public List<String> sourceLastReads() {
        return texts("[id='" + FORM + ":sources'] tbody .source-last-read");
    }

    /** Brings the log sources' table into view (for a screenshot of it). */
    public void scrollToSources() {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()",
                driver.findElement(By.id(FORM + ":sources")));
    }

    /** The sources' warnings as shown (badge and message), for the sources that have one. */
    public List<String> sourceWarnings() {
        return texts("[id='" + FORM + ":sources'] tbody .source-warning");
    }

    /** The warning above the sources of a host marked Windows, or empty when there is none. */
    public String windowsSourcesWarning() {
        return String.join("", texts("[id='" + FORM + ":sources-windows']"));
    }

    /** How many sources carry the warning badge. */
    public int sourceWarningBadges() {
        return driver.findElements(By.cssSelector("[id='" + FORM + ":sources'] tbody .source-warning .ui-tag-warning")).size();
    }

    public List<String> failureIps() {
        return texts("[id='" + FORM + ":failures'] tbody .failure-ip");
    }

    public List<String> failureUsers() {
        return texts("[id='" + FORM + ":failures'] tbody .failure-user");
    }

    public List<String> attackers() {
        return texts("#host-attackers .top-ip");
    }

    /** Opens the first failure's row and returns its log line as shown. */
    public String expandFirstFailure() {
        driver.findElement(By.cssSelector("[id='" + FORM + ":failures'] tbody .ui-row-toggler")).click();
        return Browser.waitFor(driver).ignoring(StaleElementReferenceException.class).until(ExpectedConditions
                .visibilityOfElementLocated(By.cssSelector("[id='" + FORM + ":failures'] .failure-raw"))).getText();
    }

    private List<String> texts(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }
}
