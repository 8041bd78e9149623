package org.psmm.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A console test: a fresh browser for every test, quit after it whatever happened, so no test
 * sees another's session and no chromium is left running. A subclass's own @BeforeEach runs
 * after this one, with the browser open.
 */
abstract class BrowserTest {

    protected WebDriver driver;

    @BeforeEach
    final void startBrowser() {
        driver = Browser.start();
    }

    @AfterEach
    final void quitBrowser() {
        if (driver != null) {
            Browser.quit(driver);
        }
    }

    /** Signs in as the built-in admin and waits for the dashboard. */
    protected void signInAsAdmin() {
        Browser.logIn(driver, "/", PsmmServer.ADMIN, PsmmServer.ADMIN_PASSWORD);
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("host-count")));
    }
}
