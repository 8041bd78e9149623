package org.psmm.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.psmm.it.Browser;
import org.psmm.it.PsmmServer;

/** jobs.xhtml: the job executions, each with its status and, expanded, what it did per log source. */
public final class JobsView {

    private static final String TABLE = "[id='jobsForm:executions']";
    private final WebDriver driver;

    /** One log source in an expanded execution, as its row shows it. */
    public record SourceRow(String host, String hostLink, String path, String status, String warning,
            boolean warningStyled) {
    }

    private JobsView(WebDriver driver) {
        this.driver = driver;
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(TABLE)));
    }

    public static JobsView open(WebDriver driver) {
        driver.get(PsmmServer.URL + "/jobs.xhtml");
        return new JobsView(driver);
    }

    private By row(long executionId) {
        return By.xpath("//div[@id='jobsForm:executions']//tr[.//span[contains(@class,'execution-id') and text()='"
                + executionId + "']]");
    }

    /** The execution's status badge as shown, e.g. "COMPLETED, 1 warning". */
    public String status(long executionId) {
        return badge(executionId).getText();
    }

    /** Whether the execution's badge is the warning one (PrimeFaces' warning severity). */
    public boolean statusIsWarning(long executionId) {
        return badge(executionId).getAttribute("class").contains("ui-tag-warning");
    }

    private WebElement badge(long executionId) {
        return Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(row(executionId)))
                .findElement(By.cssSelector(".execution-status"));
    }

    /** Opens the execution's row and returns its sources. */
    public List<SourceRow> expand(long executionId) {
        driver.findElement(row(executionId)).findElement(By.cssSelector(".ui-row-toggler")).click();
        By sources = By.cssSelector(TABLE + " .ui-expanded-row-content .partitions tbody tr");
        Browser.waitFor(driver).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.visibilityOfElementLocated(sources));
        return driver.findElements(sources).stream().map(JobsView::sourceRow).toList();
    }

    private static SourceRow sourceRow(WebElement tr) {
        List<WebElement> link = tr.findElements(By.cssSelector("a.partition-host"));
        List<WebElement> warning = tr.findElements(By.cssSelector(".partition-warning"));
        return new SourceRow(link.isEmpty() ? null : link.get(0).getText(),
                link.isEmpty() ? null : link.get(0).getAttribute("href"),
                tr.findElement(By.cssSelector(".partition-path")).getText(),
                tr.findElement(By.cssSelector(".partition-status")).getText(),
                warning.isEmpty() ? null : warning.get(0).getText(),
                !warning.isEmpty() && warning.get(0).findElements(By.cssSelector(".pi-exclamation-triangle")).size() == 1
                        && warning.get(0).getAttribute("class").contains("psmm-warn"));
    }
}
