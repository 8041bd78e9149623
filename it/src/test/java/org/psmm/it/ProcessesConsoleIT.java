package org.psmm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.psmm.it.PsmmServer.Api;

/**
 * A process with a hostile name (tags, quotes, $(), an entity), started over SSH on a real lab
 * host, is in the host's top processes by CPU now after two polls, and the host page shows its
 * name as text in chromium: no element made of it, the entity not decoded.
 */
@ExtendWith(ArquillianExtension.class)
class ProcessesConsoleIT {

    /** 14 characters: the kernel keeps 15 of a process name. */
    static final String HOSTILE = "<b>'$(id)\"&lt;";
    private static final Api API = PsmmServer.admin();
    private static final String LAB = "lab-sql";
    private static long hostId;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PsmmServer.ear();
    }

    @BeforeAll
    static void labHostWatched() {
        hostId = LabHosts.pinnedHost(LAB);
    }

    @Test
    void aHostileProcessNameShowsEscapedOnTheHostPage() throws Exception {
        try (LabLogins.Login busy = LabLogins.namedProcess("nosudo", LAB, HOSTILE, 90)) {
            assertEquals(200, API.post("metrics/poll", "").status());
            Thread.sleep(4000);
            assertEquals(200, API.post("metrics/poll", "").status());
            JsonObject p = API.get("hosts/" + hostId + "/processes").json();
            List<JsonObject> byCpu = p.getJsonArray("byCpu").stream().map(JsonValue::asJsonObject).toList();
            JsonObject mine = byCpu.stream().filter(r -> r.getString("command").equals(HOSTILE)).findFirst()
                    .orElseThrow(() -> new AssertionError("not in the top by CPU now: " + p));
            assertEquals("nosudo", mine.getString("user"));
            assertTrue(mine.getJsonNumber("cpuPercent").doubleValue() > 0, mine.toString());

            WebDriver driver = Browser.start();
            try {
                Browser.logIn(driver, "/host-metrics.xhtml?host=" + hostId, PsmmServer.ADMIN, PsmmServer.ADMIN_PASSWORD);
                Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".processesByCpu table")));
                List<WebElement> names = driver.findElements(By.cssSelector(".processesByCpu .process-command"));
                assertTrue(names.stream().anyMatch(e -> e.getText().equals(HOSTILE)),
                        "shown as written: " + names.stream().map(WebElement::getText).toList());
                assertTrue(driver.findElements(By.cssSelector("#hostActivity b")).isEmpty(), "no element from the name");
                assertTrue(driver.getPageSource().contains("&lt;b&gt;'$(id)\"&amp;lt;")
                        || driver.getPageSource().contains("&lt;b&gt;'$(id)&quot;&amp;lt;"), "escaped in the page");
                assertTrue(driver.findElements(By.cssSelector("#sessionsForm\\:sessions")).size() == 1, "sessions beside");
                Browser.screenshot(driver, "host-processes");
            } finally {
                Browser.quit(driver);
            }
        }
    }
}
