package org.psmm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.psmm.it.PsmmServer.Reply;

/**
 * Sign-in with the company directory: the lab's real OpenLDAP (lab/ldap, ldaps with the lab's
 * CA), configured into the tests' server from PSMM_LDAP_* as bin/psmm start does it.
 */
@ExtendWith(ArquillianExtension.class)
class DirectorySignInIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PsmmServer.ear();
    }

    private static Reply me(String user) {
        return PsmmServer.api(user, Lab.ldapPassword(user)).get("me");
    }

    @Test
    void eachMappedGroupGivesItsRoleAndTheUserAppearsAfterItsFirstSignIn() {
        assertEquals("admin", me("ada").json().getString("role"));
        assertEquals("operator", me("otto").json().getString("role"));
        assertEquals("viewer", me("vera").json().getString("role"));
        Reply jose = me("josé");
        assertEquals(200, jose.status(), "a name with an accent: " + jose.body());
        assertEquals("operator", jose.json().getString("role"));

        JsonObject listed = PsmmServer.admin().get("users").jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(u -> u.getString("username").equals("josé")).findFirst().orElseThrow();
        assertEquals("LDAP", listed.getString("source"));
        assertEquals("José Núñez", listed.getString("displayName"), "name and mail from the directory");
        assertEquals("jose@psmm.lab", listed.getString("email"));

        assertEquals(403, PsmmServer.api("vera", Lab.ldapPassword("vera")).post("hosts", "{}").status(), "a viewer reads only");
        Reply role = PsmmServer.admin().put("users/josé/role", "{\"role\":\"admin\"}");
        assertEquals(409, role.status(), "a directory user's role is its groups': " + role.body());
    }

    @Test
    void aUserInNoMappedGroupAndAGroupNamedAdminGiveNothing() {
        Reply nadia = me("nadia");
        assertEquals(403, nadia.status(), nadia.body());
        assertTrue(nadia.json().getString("error").contains("none of PSMM's groups"), nadia.body());
        Reply eve = me("eve");
        assertEquals(403, eve.status(), "a directory group called 'admin' is not PSMM's admin group: " + eve.body());
        assertEquals(401, PsmmServer.api("ada", "not her password").get("me").status());
        assertEquals(401, PsmmServer.api("nobody-at-all", "whatever it is").get("me").status());

        List<JsonObject> failures = PsmmServer.admin().get("failures?service=psmm&user=eve&size=50").json().getJsonArray("rows")
                .stream().map(JsonValue::asJsonObject).toList();
        assertTrue(failures.stream().anyMatch(f -> f.getString("rawLine").contains("none of PSMM's groups")), failures.toString());
    }

    @Test
    void theDirectoryTestShowsGroupsAndTheRoleTheyGive() {
        JsonObject jose = PsmmServer.admin().get("users/directory-test?username=" + URLEncoder.encode("josé", StandardCharsets.UTF_8))
                .json();
        assertEquals("uid=josé,ou=people,dc=psmm,dc=lab", jose.getString("dn"));
        assertEquals(List.of("psmm-operators"), Lab.jsonStrings(jose, "groups"));
        assertEquals("operator", jose.getString("role"));
        JsonObject eve = PsmmServer.admin().get("users/directory-test?username=eve").json();
        assertEquals(List.of(), Lab.jsonStrings(eve, "groups"), "only PSMM's groups are searched");
        assertTrue(eve.get("role") == null || eve.isNull("role"), "no role: " + eve);
        assertEquals(404, PsmmServer.admin().get("users/directory-test?username=nobody-at-all").status());
        assertEquals(403, PsmmServer.api("otto", Lab.ldapPassword("otto")).get("users/directory-test?username=eve").status());
    }

    @Test
    void whileTheDirectoryIsDownLocalAdminsSignInAndDirectoryUsersAreToldWhy() throws Exception {
        // dora signs in nowhere else: no identity of hers is in the one-minute cache.
        String doraPassword = Lab.ldapPassword("dora");
        Lab.ldapServer("stop");
        try {
            assertEquals(200, PsmmServer.admin().get("me").status(), "the local admin still signs in");
            Reply dora = PsmmServer.api("dora", doraPassword).get("me");
            assertEquals(503, dora.status(), dora.body());
            assertTrue(dora.json().getString("error").contains("directory cannot be reached"), dora.body());
            assertEquals(503, PsmmServer.admin().get("users/directory-test?username=dora").status());

            WebDriver driver = Browser.start();
            try {
                Browser.logIn(driver, "/", "dora", "any password at all");
                String said = Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error"))).getText();
                assertTrue(said.contains("cannot be reached"), said);
            } finally {
                Browser.quit(driver);
            }
        } finally {
            Lab.ldapServer("start");
        }
        Reply back = null;
        for (int i = 0; i < 20; i++) { // Elytron may take a moment to reconnect to the directory
            back = PsmmServer.api("dora", doraPassword).get("me");
            if (back.status() == 200) {
                break;
            }
            Thread.sleep(1000);
        }
        assertEquals(200, back.status(), back.body());
        assertEquals("viewer", back.json().getString("role"));
    }

    @Test
    void aDirectoryAdminSignsInOnTheConsoleAndAnAdminCanDisableADirectoryUser() {
        WebDriver driver = Browser.start();
        try {
            Browser.logIn(driver, "/users.xhtml", "ada", Lab.ldapPassword("ada"));
            Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("usersForm:users")));
            assertTrue(driver.findElement(By.id("sessionForm:my-account")).getText().contains("ada"));
        } finally {
            Browser.quit(driver);
        }
        me("otto");
        assertEquals(200, PsmmServer.admin().put("users/otto/enabled", "{\"enabled\":false}").status());
        try {
            Reply refused = me("otto");
            assertEquals(403, refused.status(), "disabled in PSMM, whatever the directory says: " + refused.body());
        } finally {
            assertEquals(200, PsmmServer.admin().put("users/otto/enabled", "{\"enabled\":true}").status());
        }
        assertEquals(200, me("otto").status());
    }
}
