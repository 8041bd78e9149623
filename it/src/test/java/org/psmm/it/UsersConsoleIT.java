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

/** The Users page in a real browser: an admin adds people, each signs in with their own role. */
@ExtendWith(ArquillianExtension.class)
class UsersConsoleIT {

    private static final String PASSWORD = "console users phrase";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PsmmServer.ear();
    }

    @Test
    void anAdminAddsAnOperatorAndAViewerWhoSeeWhatTheirRoleAllows() {
        String operator = Accounts.uniqueName("webops");
        String viewer = Accounts.uniqueName("webview");
        WebDriver admin = Browser.start();
        try {
            Browser.logIn(admin, "/users.xhtml", PsmmServer.ADMIN, PsmmServer.ADMIN_PASSWORD);
            UsersConsole users = new UsersConsole(admin).open();
            String refused = users.add(Accounts.uniqueName("short"), "viewer", "too short");
            assertTrue(refused.contains("at least 12 characters"), refused);
            assertTrue(users.add(operator, "operator", PASSWORD).contains("created"));
            assertTrue(users.add(viewer, "viewer", PASSWORD).contains("created"));
            assertTrue(users.row(operator).contains("Operator"), users.row(operator));
            assertTrue(users.row(viewer).contains("Viewer"));
            Browser.screenshot(admin, "users-page");
            String self = users.press(PsmmServer.ADMIN, "user-delete");
            assertTrue(self.contains("your own account"), self);
        } finally {
            Browser.quit(admin);
        }

        WebDriver asOperator = Browser.start();
        try {
            Browser.logIn(asOperator, "/hosts.xhtml", operator, PASSWORD);
            Browser.waitFor(asOperator).until(ExpectedConditions.visibilityOfElementLocated(By.id("hostsForm:add-host")));
            assertTrue(asOperator.findElements(By.id("menuForm:menu-users")).isEmpty(), "no Users page for an operator");
            asOperator.get(PsmmServer.URL + "/users.xhtml");
            assertTrue(asOperator.findElements(By.id("usersForm:users")).isEmpty(), "the Users page refuses an operator");
        } finally {
            Browser.quit(asOperator);
        }

        WebDriver asViewer = Browser.start();
        try {
            Browser.logIn(asViewer, "/hosts.xhtml", viewer, PASSWORD);
            Browser.waitFor(asViewer).until(ExpectedConditions.visibilityOfElementLocated(By.id("hostsForm:hosts")));
            assertTrue(asViewer.findElements(By.id("hostsForm:add-host")).isEmpty(), "a viewer has no write button");
            assertTrue(asViewer.findElement(By.id("sessionForm:my-account")).getText().contains(viewer));
        } finally {
            Browser.quit(asViewer);
        }
        assertEquals(403, PsmmServer.api(viewer, PASSWORD).post("hosts", "{}").status(), "and the API says no too");
    }

    @Test
    void theLastLocalAdminCannotBeDemotedInTheConsole() {
        List<String> reenable = new ArrayList<>();
        for (JsonValue v : PsmmServer.admin().get("users").jsonArray()) {
            JsonObject u = v.asJsonObject();
            if ("admin".equals(u.getString("role", "")) && u.getBoolean("enabled") && "LOCAL".equals(u.getString("source"))
                    && !PsmmServer.ADMIN.equals(u.getString("username"))) {
                PsmmServer.admin().put("users/" + u.getString("username") + "/enabled", "{\"enabled\":false}");
                reenable.add(u.getString("username"));
            }
        }
        WebDriver driver = Browser.start();
        try {
            Browser.logIn(driver, "/users.xhtml", PsmmServer.ADMIN, PsmmServer.ADMIN_PASSWORD);
            String said = new UsersConsole(driver).open().changeRole(PsmmServer.ADMIN, "operator");
            assertTrue(said.contains("last enabled administrator"), said);
            assertEquals("admin", PsmmServer.admin().get("me").json().getString("role"));
        } finally {
            Browser.quit(driver);
            reenable.forEach(name -> PsmmServer.admin().put("users/" + name + "/enabled", "{\"enabled\":true}"));
        }
    }

    @Test
    void aUserChangesTheirPasswordInMyAccountAndTheOldOneStopsWorking() {
        String name = Accounts.create("mine", "viewer", PASSWORD);
        WebDriver driver = Browser.start();
        try {
            Browser.logIn(driver, "/account.xhtml", name, PASSWORD);
            UsersConsole page = new UsersConsole(driver);
            assertTrue(page.changeOwnPassword("not the password", "a brand new phrase").contains("not right"));
            assertTrue(page.changeOwnPassword(PASSWORD, "a brand new phrase").contains("changed"));
        } finally {
            Browser.quit(driver);
        }
        assertEquals(401, PsmmServer.api(name, PASSWORD).get("me").status());
        assertEquals(200, PsmmServer.api(name, "a brand new phrase").get("me").status());
    }

    @Test
    void aDisabledUsersOpenSessionEndsAtItsNextPage() {
        String name = Accounts.create("session", "operator", PASSWORD);
        WebDriver driver = Browser.start();
        try {
            Browser.logIn(driver, "/hosts.xhtml", name, PASSWORD);
            Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("hostsForm:hosts")));
            assertEquals(200, PsmmServer.admin().put("users/" + name + "/role", "{\"role\":\"viewer\"}").status());
            // The session is looked at again within 15 s: keep opening pages until it ends.
            Browser.waitFor(driver).withTimeout(java.time.Duration.ofSeconds(40)).until(d -> {
                d.get(PsmmServer.URL + "/hosts.xhtml");
                return !d.findElements(By.id("j_username")).isEmpty();
            });
            assertTrue(driver.findElement(By.id("login-changed")).getText().contains("changed by an administrator"));
        } finally {
            Browser.quit(driver);
        }
    }
}
