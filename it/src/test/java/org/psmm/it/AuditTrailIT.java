package org.psmm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Every change a person makes is in the audit trail, with who, when, from where and what; a restore keeps it. */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    private static final String PASSWORD = "audited admin phrase";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PsmmServer.ear();
    }

    @Test
    void aScriptedSessionIsReadBackWithItsUserAndAddressAndSurvivesTheRestore() {
        long clock = PsmmServer.useRealClock();
        String admin = Accounts.create("auditor", "admin", PASSWORD);
        HttpFrom desk = HttpFrom.address("127.0.0.7");
        String hostName = Accounts.uniqueName("audited");
        PsmmServer.admin().put("settings", "{\"metrics.retentionHours\":\"72\"}");
        try {
            HttpFrom.Answer host = desk.send("POST", "hosts", admin, PASSWORD, "{\"name\":\"" + hostName + "\",\"address\":\"192.0.2.77\","
                    + "\"sshPort\":22,\"sshUser\":\"monitor\",\"timeZone\":\"UTC\",\"enabled\":true,\"roles\":[\"WEB\"]}");
            assertEquals(201, host.status(), host.body());
            assertEquals(200, desk.send("PUT", "settings", admin, PASSWORD, "{\"metrics.retentionHours\":\"48\"}").status());
            HttpFrom.Answer backup = desk.send("POST", "backups", admin, PASSWORD, null);
            assertEquals(201, backup.status(), backup.body());
            String file = backup.json().getString("fileName");
            // A change after the backup: the restore must not wipe its trace.
            assertEquals(200, desk.send("PUT", "settings", admin, PASSWORD, "{\"metrics.retentionHours\":\"24\"}").status());
            HttpFrom.Answer restore = desk.send("POST", "backups/" + file + "/restore", admin, PASSWORD, null);
            assertEquals(200, restore.status(), restore.body());

            List<JsonObject> rows = PsmmServer.admin().get("audit?user=" + admin + "&size=50").json().getJsonArray("rows").stream()
                    .map(JsonValue::asJsonObject).toList();
            List<String> kinds = rows.stream().map(r -> r.getString("kind")).toList();
            assertEquals(List.of("BACKUP_RESTORED", "SETTINGS_CHANGED", "BACKUP_TAKEN", "SETTINGS_CHANGED", "HOST_CREATED"), kinds,
                    "newest first; the change made after the backup is still there: " + rows);
            assertTrue(rows.stream().allMatch(r -> r.getString("actor").equals(admin)), rows.toString());
            assertTrue(rows.stream().allMatch(r -> r.getString("address").equals("127.0.0.7")), rows.toString());
            JsonObject hostRow = rows.stream().filter(r -> r.getString("kind").equals("HOST_CREATED")).findFirst().orElseThrow();
            assertEquals(hostName, hostRow.getString("target"));
            assertTrue(hostRow.getString("detail").contains("192.0.2.77"), hostRow.toString());
            List<String> settingDetails = rows.stream().filter(r -> r.getString("kind").equals("SETTINGS_CHANGED"))
                    .map(r -> r.getString("detail")).toList();
            assertEquals(List.of("metrics.retentionHours: 48 → 24", "metrics.retentionHours: 72 → 48"), settingDetails);
            assertEquals(file, rows.get(0).getString("target"));

            JsonObject creation = PsmmServer.admin().get("audit?kind=USER_CREATED&size=500").json();
            assertTrue(creation.getJsonArray("rows").stream().map(JsonValue::asJsonObject)
                    .anyMatch(r -> r.getString("target").equals(admin) && r.getString("actor").equals(PsmmServer.ADMIN)), creation.toString());
            assertEquals(400, PsmmServer.admin().get("audit?kind=NOPE").status());
            assertEquals(403, PsmmServer.api(Accounts.create("nosy", "operator", PASSWORD), PASSWORD).get("audit").status());
        } finally {
            PsmmServer.admin().put("settings", "{\"metrics.retentionHours\":\"72\"}");
            PsmmServer.setClockOffset(clock);
        }
    }

    @Test
    void consoleSignInsAndSignOutsAreAuditedAndTheAuditPageShowsThem() {
        String admin = Accounts.create("pageaudit", "admin", PASSWORD);
        WebDriver driver = Browser.start();
        try {
            Browser.logIn(driver, "/audit.xhtml", admin, PASSWORD);
            Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("auditForm:events")));
            driver.findElement(By.id("auditForm:actor")).sendKeys(admin + "\t");
            Browser.waitFor(driver).ignoring(StaleElementReferenceException.class).until(d -> d.findElements(By.cssSelector("#auditForm\\:events .audit-actor")).stream()
                    .allMatch(e -> e.getText().equals(admin)) && !d.findElements(By.cssSelector("#auditForm\\:events .audit-kind")).isEmpty());
            assertTrue(driver.findElement(By.id("auditForm:events")).getText().contains("Signed in"),
                    driver.findElement(By.id("auditForm:events")).getText());
            Browser.screenshot(driver, "audit-page");
            driver.findElement(By.id("sessionForm:logout")).click();
            Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("j_username")));
        } finally {
            Browser.quit(driver);
        }
        List<String> kinds = PsmmServer.admin().get("audit?user=" + admin).json().getJsonArray("rows").stream()
                .map(v -> v.asJsonObject().getString("kind")).toList();
        assertEquals(List.of("SIGN_OUT", "SIGN_IN"), kinds);
    }
}
