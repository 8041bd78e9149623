package org.psmm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.psmm.it.PsmmServer.Api;

/** The Settings page: one bad value saves nothing and says which; yes/no and languages are picked. */
@ExtendWith(ArquillianExtension.class)
class SettingsConsoleIT extends BrowserTest {

    private static final Api API = PsmmServer.admin();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PsmmServer.ear();
    }

    @AfterEach
    void restoreDefaults() {
        assertEquals(200, API.put("settings", "{\"alerts.cpuThresholdPercent\":\"70\",\"notify.language\":\"en\"}").status());
    }

    private static Map<String, String> stored() {
        return API.get("settings").jsonArray().stream().map(v -> v.asJsonObject())
                .collect(Collectors.toMap(o -> o.getString("key"), o -> o.getString("value")));
    }

    /** The value input of a setting's row (rows are found by the key shown under the name). */
    private WebElement input(String key) {
        return driver.findElement(By.xpath("//tr[.//div[normalize-space()='" + key + "']]//input[contains(@class,'setting-value')]"));
    }

    private String menuId(String key) {
        return driver.findElement(By.xpath("//tr[.//div[normalize-space()='" + key + "']]//div[contains(@class,'setting-choice')]"))
                .getAttribute("id");
    }

    private void type(String key, String value) {
        Browser.waitFor(driver).ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement in = input(key);
            in.clear();
            in.sendKeys(value);
            return value.equals(input(key).getAttribute("value"));
        });
    }

    @Test
    void aBadValueSavesNothingAndSaysWhichThenGoodValuesAreSaved() {
        Browser.logIn(driver, "/settings.xhtml", PsmmServer.ADMIN, PsmmServer.ADMIN_PASSWORD);
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("settingsForm:settings")));

        type("alerts.cpuThresholdPercent", "150");
        Browser.choose(driver, menuId("notify.language"), "French");
        driver.findElement(By.id("settingsForm:save")).click();
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("settingsForm:messages"),
                "Nothing saved"));
        String message = driver.findElement(By.id("settingsForm:messages")).getText();
        assertTrue(message.contains("alerts.cpuThresholdPercent"), message);
        Browser.screenshot(driver, "settings-refused");
        assertEquals("70", stored().get("alerts.cpuThresholdPercent"), "nothing saved");
        assertEquals("en", stored().get("notify.language"), "nothing saved, not even the good value");

        type("alerts.cpuThresholdPercent", "75");
        Browser.choose(driver, menuId("notify.language"), "French");
        driver.findElement(By.id("settingsForm:save")).click();
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("settingsForm:messages"),
                "Settings saved"));
        assertEquals("75", stored().get("alerts.cpuThresholdPercent"));
        assertEquals("fr", stored().get("notify.language"));
    }
}
