package org.psmm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.psmm.it.PsmmServer.Api;

/** The Reports page: an admin picks a day and sends its report; the run is listed; EN and FR. */
@ExtendWith(ArquillianExtension.class)
class ReportsConsoleIT extends BrowserTest {

    private static final Api API = PsmmServer.admin();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PsmmServer.ear();
    }

    @AfterEach
    void cleanUp() {
        PsmmServer.putOk("settings", "{\"alerts.adminRecipients\":\"\"}");
    }

    @Test
    void anAdminSendsTheReportOfAChosenDayAndSeesItListedInEnglishAndFrench() {
        String eve = TestMail.unique("eve");
        PsmmServer.putOk("settings", "{\"alerts.adminRecipients\":\"" + eve + "\"}");
        LocalDate day = LocalDate.now(ZoneId.systemDefault()).minusDays(123);

        Browser.logIn(driver, "/reports.xhtml", PsmmServer.ADMIN, PsmmServer.ADMIN_PASSWORD);
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("reportForm:day_input")));
        assertTrue(driver.findElement(By.id("schedule")).getText().contains("every day at 07:00"),
                driver.findElement(By.id("schedule")).getText());
        WebElement input = driver.findElement(By.id("reportForm:day_input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(day.toString(), Keys.ESCAPE);
        driver.findElement(By.id("reportForm:send")).click();
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("reportForm:messages"),
                "Report of " + day + " queued for 1 recipient(s): 0 failed login(s)."));
        By row = By.xpath("//tr[.//span[contains(@class,'run-day') and text()='" + day + "']]");
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(row));
        assertTrue(driver.findElement(row).getText().contains("On request (admin)"), driver.findElement(row).getText());
        Browser.screenshot(driver, "reports-sent");
        assertEquals(1, API.get("notifications").jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(n -> n.getString("recipient").equals(eve)
                        && n.getString("subject").equals("[PSMM] Failed logins on " + day + ": none"))
                .count(), "one mail queued in the outbox");

        driver.findElement(By.id("sessionForm:lang-fr")).click();
        Browser.waitFor(driver).until(ExpectedConditions.textToBe(By.tagName("h1"), "Rapport quotidien"));
        assertTrue(driver.findElement(By.id("reportForm:send")).getText().contains("Envoyer le rapport maintenant"));
        assertTrue(driver.findElement(row).getText().contains("\u00c0 la demande (admin)"), driver.findElement(row).getText());
        assertTrue(driver.findElement(By.id("menuForm:menu-reports")).getAttribute("textContent").contains("Rapports"));
        Browser.screenshot(driver, "reports-fr");
        driver.findElement(By.id("sessionForm:lang-en")).click();
    }
}
