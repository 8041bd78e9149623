package org.psmm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The console's empty and error states (issue 15): the host dialog never shows stale values, an
 * out-of-range port is refused with a message, a host without samples says "no data yet", a
 * viewer sees Updates read-only, the menu holds on one row, and an expired session sends Filter
 * to the sign-in page instead of doing nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ConsoleStatesIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PsmmServer.ear();
    }

    static long idOf(String hostName) {
        return PsmmServer.admin().get("hosts").jsonArray().stream().map(v -> v.asJsonObject())
                .filter(h -> hostName.equals(h.getString("name"))).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private void openHostDialog(By button) {
        Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(button)).click();
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("hostForm:name")));
    }

    private void closeHostDialog() {
        driver.findElement(By.cssSelector("#hostDialog .psmm-dialog-buttons button.ui-button-flat")).click();
        Browser.waitFor(driver).until(ExpectedConditions.invisibilityOfElementLocated(By.id("hostDialog")));
    }

    private String value(String id) {
        return driver.findElement(By.id(id)).getAttribute("value");
    }

    private String dialogTitle() {
        return driver.findElement(By.id("hostDialogTitle")).getText();
    }

    @Test
    void theHostDialogShowsTheHostItOpensForAfterARefusedSave() {
        String existing = LabHosts.createUnreachableHost("dialog");
        signInAsAdmin();
        driver.get(PsmmServer.URL + "/hosts.xhtml");

        openHostDialog(By.id("hostsForm:add-host"));
        assertEquals("New host", dialogTitle());
        driver.findElement(By.id("hostForm:name")).sendKeys("bad name");
        driver.findElement(By.id("hostForm:address")).sendKeys("192.0.2.45");
        driver.findElement(By.id("hostForm:save-host")).click();
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#hostDialog .ui-message-error")));
        closeHostDialog();

        openHostDialog(By.id("hostsForm:add-host"));
        assertEquals("", value("hostForm:name"), "a new host starts empty, not with the refused name");
        assertEquals("", value("hostForm:address"));
        assertEquals("New host", dialogTitle());
        assertTrue(driver.findElements(By.cssSelector("#hostDialog .ui-message-error")).isEmpty(), "no old message either");
        closeHostDialog();

        By row = By.xpath("//tr[.//span[contains(@class,'host-name') and text()='" + existing + "']]");
        openHostDialog(new ByRowButton(row, ".edit-host").by());
        assertEquals(existing, value("hostForm:name"));
        assertTrue(value("hostForm:address").startsWith("192.0.2."), value("hostForm:address"));
        assertEquals("Edit host", dialogTitle());
        closeHostDialog();

        openHostDialog(By.id("hostsForm:add-host"));
        assertEquals("", value("hostForm:name"), "after an edit, Add host starts empty again");
        assertEquals("New host", dialogTitle());
        Browser.screenshot(driver, "host-dialog-fresh");
    }

    /** Finds a row's button again each time: the table is re-rendered after every dialog. */
    private record ByRowButton(By row, String css) {
        By by() {
            return new By() {
                @Override
                public List<WebElement> findElements(org.openqa.selenium.SearchContext context) {
                    return context.findElement(row).findElements(By.cssSelector(css));
                }
            };
        }
    }

    @Test
    void aPortOutOfRangeIsRefusedWithAMessageNotChanged() {
        signInAsAdmin();
        driver.get(PsmmServer.URL + "/hosts.xhtml");
        String name = "port-" + UUID.randomUUID().toString().substring(0, 8);
        openHostDialog(By.id("hostsForm:add-host"));
        driver.findElement(By.id("hostForm:name")).sendKeys(name);
        driver.findElement(By.id("hostForm:address")).sendKeys("192.0.2.46");
        WebElement port = driver.findElement(By.id("hostForm:sshPort"));
        port.clear();
        port.sendKeys("99999");
        assertEquals("99999", port.getAttribute("value"), "the field keeps what was typed");
        driver.findElement(By.id("hostForm:save-host")).click();

        WebElement message = Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='hostForm:sshPort'] ~ .ui-message-error, .ui-message-error")));
        assertTrue(message.getText().contains("1") && message.getText().contains("65535"), message.getText());
        assertFalse(message.getText().contains("Validation Error"), message.getText());
        assertTrue(driver.findElement(By.id("hostDialog")).isDisplayed(), "the dialog stays open to correct the port");
        assertEquals("99999", value("hostForm:sshPort"), "not silently turned into 65535");
        assertTrue(PsmmServer.admin().get("hosts").jsonArray().stream()
                .noneMatch(h -> name.equals(h.asJsonObject().getString("name"))), "nothing stored");
        Browser.screenshot(driver, "host-port-refused");
    }

    @Test
    void aHostWithoutSamplesSaysNoDataYetInsteadOfEmptyCharts() {
        long id = idOf(LabHosts.createUnreachableHost("nodata"));
        signInAsAdmin();
        driver.get(PsmmServer.URL + "/host-metrics.xhtml?host=" + id);
        WebElement empty = Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("metricsForm:metrics-empty")));
        assertTrue(empty.getText().startsWith("No data yet"), empty.getText());
        assertTrue(driver.findElements(By.cssSelector("#metricsForm canvas")).isEmpty(), "no empty chart drawn");
        Browser.screenshot(driver, "metrics-no-data");
    }

    @Test
    void aViewerSeesUpdatesReadOnly() {
        LabHosts.createUnreachableHost("ro");
        String password = "viewer-password-" + UUID.randomUUID().toString().substring(0, 6);
        String viewer = Accounts.create("ro", "viewer", password);
        Browser.logIn(driver, "/updates.xhtml", viewer, password);
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("updatesForm:read-only")));
        List<WebElement> inputs = driver.findElements(By.cssSelector("#updatesForm input:not([type=hidden]), #updatesForm textarea"));
        assertFalse(inputs.isEmpty(), "the hosts' update options are listed");
        for (WebElement input : inputs) {
            assertTrue(!input.isEnabled() || input.getAttribute("readonly") != null,
                    "read-only for a viewer: " + input.getAttribute("id"));
        }
        assertTrue(driver.findElements(By.id("updatesForm:savePortal")).isEmpty());
        assertTrue(driver.findElements(By.cssSelector("[id$=':saveOptions']")).isEmpty());
        Browser.screenshot(driver, "updates-viewer");
    }

    /** Every top-level entry of the menu on the same row, the session controls beside it, none cut. */
    private void assertMenuOnOneRow(String when) {
        List<WebElement> entries = driver.findElements(By.cssSelector("[id='menuForm:menu'] > ul > li"));
        assertTrue(entries.size() >= 6, when + ": " + entries.size());
        int top = entries.get(0).getLocation().getY();
        for (WebElement e : entries) {
            assertEquals(top, e.getLocation().getY(), when + ": '" + e.getText() + "' wrapped to another row");
        }
        WebElement last = entries.get(entries.size() - 1);
        int menuEnd = last.getLocation().getX() + last.getSize().getWidth();
        int sessionStart = driver.findElement(By.id("sessionForm")).getLocation().getX();
        assertTrue(menuEnd <= sessionStart, when + ": the menu (to " + menuEnd + ") runs under the session controls (from " + sessionStart + ")");
        long width = (Long) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertTrue(width <= 0, when + ": the page scrolls sideways by " + width + " px");
    }

    @Test
    void theMenuHoldsOnOneRowAt1400And800PxInBothLanguagesAndReachesNotifications() {
        signInAsAdmin();
        for (int width : new int[] {1400, 800}) {
            driver.manage().window().setSize(new Dimension(width, 900));
            for (String lang : List.of("en", "fr")) {
                driver.findElement(By.id("sessionForm:lang-" + lang)).click();
                // The switch reloads the page: the link found a moment ago may be gone when its class is read.
                Browser.waitFor(driver).ignoring(StaleElementReferenceException.class)
                        .until(ExpectedConditions.attributeContains(By.id("sessionForm:lang-" + lang), "class", "active"));
                assertMenuOnOneRow(width + " px, " + lang);
                Browser.screenshot(driver, "menu-" + width + "-" + lang);
            }
            Browser.menu(driver, "menu-notifications");
            Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("notificationsForm:notifications")));
            Browser.menu(driver, "menu-dashboard");
            Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("host-count")));
        }
        driver.findElement(By.id("sessionForm:lang-en")).click();
    }

    /** The 10th of a top list was shown as "0.": its number sat in a padding too narrow, clipped by the scrolling list. */
    @Test
    void theTenthOfATopListShowsItsWholeNumber() throws Exception {
        long offsetBefore = PsmmServer.useRealClock();
        try {
            ExplorerData data = new ExplorerData().create();
            for (int i = 0; i < 12; i++) {
                data.insertNow("top" + i + "-" + data.suffix, "203.0.113." + (20 + i), 200 + i);
            }
            signInAsAdmin();
            driver.get(PsmmServer.URL + "/failures.xhtml");
            List<WebElement> users = Browser.waitFor(driver).until(
                    ExpectedConditions.numberOfElementsToBe(By.cssSelector("#top-users ol.psmm-top-list > li"), 10));
            Number room = (Number) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                    var ol = arguments[0], style = getComputedStyle(ol), c = document.createElement('canvas').getContext('2d');
                    c.font = style.font;
                    return parseFloat(style.paddingLeft) - c.measureText('10. ').width;
                    """, driver.findElement(By.cssSelector("#top-users ol.psmm-top-list")));
            assertTrue(room.doubleValue() >= 0, "the list's padding is too narrow for \"10.\" by " + room + " px");
            assertEquals(10, users.size());
            Browser.screenshot(driver, "failures-top-10");
        } finally {
            PsmmServer.setClockOffset(offsetBefore);
        }
    }

    @Test
    void afterTheSessionExpiresFilterOpensTheSignInPage() {
        signInAsAdmin();
        driver.get(PsmmServer.URL + "/failures.xhtml");
        Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(By.id("failuresForm:apply")));
        // The server forgets the session (expired, or the server restarted): the open page still shows Filter.
        driver.manage().deleteAllCookies();
        driver.findElement(By.id("failuresForm:apply")).click();
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("login-expired")));
        assertTrue(driver.getCurrentUrl().contains("/login.xhtml"), driver.getCurrentUrl());
        assertTrue(driver.findElement(By.id("login-expired")).getText().contains("sign in again"));
        Browser.screenshot(driver, "session-expired-filter");
    }
}
