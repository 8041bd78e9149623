package org.psmm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.psmm.it.PsmmServer.Api;
import org.psmm.it.PsmmServer.Reply;

/** Users through /psmm/api/users and /psmm/api/me: each person signs in as themself, with their role. */
@ExtendWith(ArquillianExtension.class)
class AccountsIT {

    private static final String PASSWORD = "correct horse battery";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PsmmServer.ear();
    }

    private static String user(String username, String role, String password) {
        return Json.createObjectBuilder().add("username", username).add("displayName", "Test " + role)
                .add("email", username + "@it.example.org").add("role", role).add("password", password).build().toString();
    }

    @Test
    void anAdminCreatesAnOperatorAndAViewerWhoEachGetTheirRole() {
        String operator = Accounts.uniqueName("ops");
        String viewer = Accounts.uniqueName("view");
        Reply created = PsmmServer.admin().post("users", user(operator, "operator", PASSWORD));
        assertEquals(201, created.status(), created.body());
        assertEquals("operator", created.json().getString("role"));
        assertEquals("LOCAL", created.json().getString("source"));
        assertTrue(created.raw().headers().firstValue("Location").orElseThrow().endsWith("/api/users/" + operator));
        assertTrue(created.json().get("passwordHash") == null && !created.body().contains("$2a$"), "never the hash: " + created.body());
        assertEquals(201, PsmmServer.admin().post("users", user(viewer, "viewer", PASSWORD)).status());

        Api asOperator = PsmmServer.api(operator, PASSWORD);
        Api asViewer = PsmmServer.api(viewer, PASSWORD);
        assertEquals("operator", asOperator.get("me").json().getString("role"));
        assertEquals("viewer", asViewer.get("me").json().getString("role"));

        String host = "{\"name\":\"" + Accounts.uniqueName("acc") + "\",\"address\":\"192.0.2.40\",\"sshPort\":22,"
                + "\"sshUser\":\"monitor\",\"timeZone\":\"UTC\",\"enabled\":true,\"roles\":[]}";
        assertEquals(403, asViewer.post("hosts", host).status(), "a viewer reads only");
        Reply byOperator = asOperator.post("hosts", host);
        assertEquals(201, byOperator.status(), byOperator.body());
        assertEquals(403, asOperator.get("users").status(), "only admins see the users");
        assertEquals(403, asOperator.post("users", user(Accounts.uniqueName("x"), "admin", PASSWORD)).status(),
                "an operator cannot make an admin");
        assertEquals(204, asOperator.delete("hosts/" + byOperator.json().getJsonNumber("id").longValue()).status());

        JsonObject listed = find(PsmmServer.admin().get("users").jsonArray(), operator);
        assertEquals("Test operator", listed.getString("displayName"));
        assertTrue(listed.getBoolean("enabled"));
        assertEquals("127.0.0.1", listed.getString("lastSignInFrom"), "the last sign-in says from where");
    }

    @Test
    void badUsersAreRefusedWithTheFieldToCorrect() {
        Reply shortPassword = PsmmServer.admin().post("users", user(Accounts.uniqueName("short"), "viewer", "eleven-char"));
        assertEquals(400, shortPassword.status());
        assertEquals("password", shortPassword.json().getJsonArray("fields").getJsonObject(0).getString("field"));
        assertTrue(shortPassword.json().getString("error").contains("12 characters"), shortPassword.body());

        Reply badRole = PsmmServer.admin().post("users", user(Accounts.uniqueName("role"), "root", PASSWORD));
        assertEquals(400, badRole.status());
        assertEquals("role", badRole.json().getJsonArray("fields").getJsonObject(0).getString("field"));

        Reply badName = PsmmServer.admin().post("users", user("bob smith", "viewer", PASSWORD));
        assertEquals(400, badName.status());
        assertEquals("username", badName.json().getJsonArray("fields").getJsonObject(0).getString("field"));

        String name = Accounts.uniqueName("dup");
        assertEquals(201, PsmmServer.admin().post("users", user(name, "viewer", PASSWORD)).status());
        Reply twin = PsmmServer.admin().post("users", user(name.toUpperCase(), "viewer", PASSWORD));
        assertEquals(409, twin.status(), "names differing only by case would be confusing twins: " + twin.body());

        assertEquals(400, PsmmServer.admin().post("users", "").status());
        assertEquals(404, PsmmServer.admin().get("users/" + Accounts.uniqueName("nobody")).status());
    }

    @Test
    void aUserChangesTheirPasswordAndTheOldOneStopsWorking() {
        String name = Accounts.create("pw", "viewer", PASSWORD);
        Api me = PsmmServer.api(name, PASSWORD);
        Reply wrongCurrent = me.put("me/password", "{\"currentPassword\":\"not it at all\",\"newPassword\":\"another long phrase\"}");
        assertEquals(400, wrongCurrent.status());
        assertEquals("currentPassword", wrongCurrent.json().getJsonArray("fields").getJsonObject(0).getString("field"));
        Reply tooShort = me.put("me/password", "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"short\"}");
        assertEquals(400, tooShort.status());

        Reply changed = me.put("me/password", "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"another long phrase\"}");
        assertEquals(204, changed.status(), changed.body());
        assertEquals(401, PsmmServer.api(name, PASSWORD).get("me").status(), "the old password stopped working");
        assertEquals(200, PsmmServer.api(name, "another long phrase").get("me").status());

        assertEquals(204, PsmmServer.admin().put("users/" + name + "/password", "{\"password\":\"reset by the admin\"}").status());
        assertEquals(401, PsmmServer.api(name, "another long phrase").get("me").status());
        assertEquals(200, PsmmServer.api(name, "reset by the admin").get("me").status());
    }

    @Test
    void aDisabledUserIsRefusedAndARemovedOneIsGone() {
        String name = Accounts.create("off", "operator", PASSWORD);
        assertEquals(200, PsmmServer.api(name, PASSWORD).get("me").status());
        Reply disabled = PsmmServer.admin().put("users/" + name + "/enabled", "{\"enabled\":false}");
        assertEquals(200, disabled.status(), disabled.body());
        assertTrue(!disabled.json().getBoolean("enabled"));
        assertEquals(401, PsmmServer.api(name, PASSWORD).get("me").status());
        assertEquals(200, PsmmServer.admin().put("users/" + name + "/enabled", "{\"enabled\":true}").status());
        assertEquals(200, PsmmServer.api(name, PASSWORD).get("me").status());

        assertEquals(200, PsmmServer.admin().put("users/" + name + "/role", "{\"role\":\"viewer\"}").status());
        assertEquals("viewer", PsmmServer.api(name, PASSWORD).get("me").json().getString("role"), "a new role at the next call");

        assertEquals(204, PsmmServer.admin().delete("users/" + name).status());
        assertEquals(401, PsmmServer.api(name, PASSWORD).get("me").status());
        assertEquals(404, PsmmServer.admin().get("users/" + name).status());
    }

    @Test
    void nobodyDisablesOrRemovesThemselfAndTheLastLocalAdminStays() throws Exception {
        String second = Accounts.create("adm", "admin", PASSWORD);
        Api asSecond = PsmmServer.api(second, PASSWORD);
        assertEquals(409, asSecond.put("users/" + second + "/enabled", "{\"enabled\":false}").status());
        assertEquals(409, asSecond.delete("users/" + second).status());

        // Leave "admin" as the only enabled local administrator for the rest of this test.
        List<String> reenable = new ArrayList<>();
        for (JsonValue v : PsmmServer.admin().get("users").jsonArray()) {
            JsonObject u = v.asJsonObject();
            if ("admin".equals(u.getString("role", "")) && u.getBoolean("enabled") && "LOCAL".equals(u.getString("source"))
                    && !PsmmServer.ADMIN.equals(u.getString("username"))) {
                assertEquals(200, PsmmServer.admin().put("users/" + u.getString("username") + "/enabled", "{\"enabled\":false}").status());
                reenable.add(u.getString("username"));
            }
        }
        try {
            Reply demote = PsmmServer.admin().put("users/" + PsmmServer.ADMIN + "/role", "{\"role\":\"operator\"}");
            assertEquals(409, demote.status(), demote.body());
            assertTrue(demote.json().getString("error").contains("last enabled administrator"), demote.body());
            // A directory admin cannot remove the last local one either: it is the door that stays open
            // when the directory is down.
            Api ada = PsmmServer.api("ada", Lab.ldapPassword("ada"));
            assertEquals("admin", ada.get("me").json().getString("role"));
            assertEquals(409, ada.put("users/" + PsmmServer.ADMIN + "/enabled", "{\"enabled\":false}").status());
            assertEquals(409, ada.delete("users/" + PsmmServer.ADMIN).status());
            assertEquals(200, PsmmServer.admin().get("me").status(), "admin still signs in");
        } finally {
            for (String name : reenable) {
                PsmmServer.admin().put("users/" + name + "/enabled", "{\"enabled\":true}");
            }
        }
        assertEquals(200, PsmmServer.admin().put("users/" + second + "/role", "{\"role\":\"viewer\"}").status(),
                "with another local admin, one may be demoted");
    }

    @Test
    void anAdminOptsInToTheDailyReport() {
        String name = Accounts.create("mail", "admin", PASSWORD);
        Api asIt = PsmmServer.api(name, PASSWORD);
        Reply optIn = asIt.put("users/" + name + "/profile", "{\"displayName\":\"Mail Admin\",\"email\":\"" + name
                + "@it.example.org\",\"alertMails\":true,\"dailyReport\":true}");
        assertEquals(200, optIn.status(), optIn.body());
        Reply viewerOptIn = PsmmServer.admin().put("users/" + Accounts.create("v", "viewer", PASSWORD) + "/profile",
                "{\"email\":\"v@it.example.org\",\"dailyReport\":true}");
        assertEquals(400, viewerOptIn.status(), "only admins receive the admins' mails");

        PsmmServer.admin().put("settings", "{\"alerts.adminRecipients\":\"\"}");
        try {
            Reply report = PsmmServer.admin().post("reports/daily?day=" + java.time.LocalDate.now().minusDays(2), "");
            assertEquals(202, report.status(), report.body());
            assertTrue(report.json().getJsonArray("recipients").toString().contains(name + "@it.example.org"), report.body());
        } finally {
            asIt.put("users/" + name + "/profile", "{\"email\":\"" + name + "@it.example.org\",\"alertMails\":false,\"dailyReport\":false}");
            PsmmServer.admin().put("users/" + name + "/enabled", "{\"enabled\":false}");
        }
    }

    private static JsonObject find(jakarta.json.JsonArray users, String name) {
        return users.stream().map(JsonValue::asJsonObject).filter(u -> u.getString("username").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not listed in " + users));
    }
}
