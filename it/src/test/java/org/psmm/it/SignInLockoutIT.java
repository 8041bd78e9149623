package org.psmm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * PSMM's own door: every wrong password is a failed login of service psmm, and after ten of one
 * user from one address that address is refused for that user (429) without the password being
 * checked, while the right password still works from another desk.
 */
@ExtendWith(ArquillianExtension.class)
class SignInLockoutIT {

    private static final String PASSWORD = "the right one, long";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PsmmServer.ear();
    }

    @Test
    void twelveWrongPasswordsFromOneAddressLockThatAddressOnlyAndAreAllStored() {
        long clock = PsmmServer.useRealClock();
        try {
            String user = Accounts.create("lock", "admin", PASSWORD);
            HttpFrom attacker = HttpFrom.address("127.0.0.9");
            List<HttpFrom.Answer> answers = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                answers.add(attacker.get("me", user, "guess-" + i));
            }
            for (int i = 0; i < 10; i++) {
                assertEquals(401, answers.get(i).status(), "attempt " + (i + 1) + ": " + answers.get(i).body());
            }
            for (int i = 10; i < 12; i++) {
                HttpFrom.Answer refused = answers.get(i);
                assertEquals(429, refused.status(), "attempt " + (i + 1) + ": " + refused.body());
                long retry = Long.parseLong(refused.header("Retry-After"));
                assertTrue(retry > 500 && retry <= 601, "about ten minutes: " + retry);
            }
            assertEquals(429, attacker.get("me", user, PASSWORD).status(), "refused without checking the password");

            HttpFrom desk = HttpFrom.address("127.0.0.8");
            HttpFrom.Answer fromDesk = desk.get("me", user, PASSWORD);
            assertEquals(200, fromDesk.status(), "another address is not locked: " + fromDesk.body());

            JsonObject page = PsmmServer.admin().get("failures?service=psmm&user=" + user + "&size=100").json();
            List<JsonObject> rows = page.getJsonArray("rows").stream().map(JsonValue::asJsonObject).toList();
            assertEquals(13, rows.size(), "12 wrong passwords and the refused right one: " + rows);
            assertTrue(rows.stream().allMatch(r -> r.getString("ip").equals("127.0.0.9")), rows.toString());
            assertTrue(rows.stream().allMatch(r -> r.getString("user").equals(user)), rows.toString());
            assertEquals(10, rows.stream().filter(r -> r.getString("kind").equals("auth")).count(), "the wrong passwords");
            assertEquals(3, rows.stream().filter(r -> r.getString("kind").equals("authz")).count(), "the refusals");
            assertTrue(rows.stream().allMatch(r -> r.getString("host").equals("[PSMM]")), rows.toString());
        } finally {
            PsmmServer.setClockOffset(clock);
        }
    }

    @Test
    void theLockEndsWithItsTime() {
        long clock = PsmmServer.useRealClock();
        try {
            String user = Accounts.create("lockend", "viewer", PASSWORD);
            HttpFrom attacker = HttpFrom.address("127.0.0.10");
            for (int i = 0; i < 10; i++) {
                attacker.get("me", user, "guess-" + i);
            }
            assertEquals(429, attacker.get("me", user, PASSWORD).status());
            PsmmServer.setClockOffset(11 * 60);
            assertEquals(200, attacker.get("me", user, PASSWORD).status(), "ten minutes later, the right password works");
        } finally {
            PsmmServer.setClockOffset(clock);
        }
    }

    @Test
    void theConsoleStoresAWrongPasswordAndSaysUntilWhenALockedUserIsRefused() {
        long clock = PsmmServer.useRealClock();
        String user = Accounts.create("lockweb", "viewer", PASSWORD);
        WebDriver driver = Browser.start();
        try {
            for (int i = 0; i < 10; i++) {
                Browser.logIn(driver, "/", user, "wrong-" + i);
                Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
            }
            Browser.logIn(driver, "/", user, PASSWORD);
            String said = Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error"))).getText();
            assertTrue(said.contains("Too many failed sign-ins"), said);
            Browser.screenshot(driver, "login-locked");
            JsonObject page = PsmmServer.admin().get("failures?service=psmm&user=" + user + "&size=100").json();
            assertEquals(11, page.getJsonArray("rows").size(), page.toString());
            assertTrue(page.getJsonArray("rows").getJsonObject(0).getString("rawLine").contains("psmm console"), page.toString());
        } finally {
            Browser.quit(driver);
            PsmmServer.setClockOffset(clock);
        }
    }
}
