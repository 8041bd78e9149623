package org.psmm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.psmm.core.secret.SecretCipher;
import org.psmm.it.PsmmServer.Reply;

/** Stored credentials are sealed: neither the database nor a backup file holds them in clear. */
@ExtendWith(ArquillianExtension.class)
class SecretsAtRestIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PsmmServer.ear();
    }

    @Test
    void noBackupAndNoDumpOfTheDatabaseHoldsAChatUrlOrAPortalPasswordInClear() throws Exception {
        String urlToken = "hook-" + UUID.randomUUID();
        String portalPassword = "portal-" + UUID.randomUUID();
        Reply channel = PsmmServer.admin().post("chat/channels", "{\"name\":\"" + Accounts.uniqueName("sealed")
                + "\",\"type\":\"WEBHOOK\",\"url\":\"http://127.0.0.1:9/" + urlToken + "\"}");
        assertEquals(201, channel.status(), channel.body());
        assertEquals("http://127.0.0.1:9/…", channel.json().getString("url"), "only scheme, host and port are shown");
        String site = Accounts.uniqueName("site");
        Reply portal = PsmmServer.admin().put("updates/portals/" + site, "{\"loginUrl\":\"http://127.0.0.1:9/login\","
                + "\"logoutUrl\":\"http://127.0.0.1:9/logout\",\"userField\":\"u\",\"passwordField\":\"p\",\"user\":\"lab\","
                + "\"password\":\"" + portalPassword + "\"}");
        assertEquals(200, portal.status(), portal.body());
        assertFalse(portal.body().contains(portalPassword));

        Reply backup = PsmmServer.admin().post("backups", "");
        assertEquals(201, backup.status(), backup.body());
        Path file = Path.of(System.getProperty("psmm.backup.dir")).resolve(backup.json().getString("fileName"));
        String dump;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            dump = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(dump.contains("INSERT INTO `chat_channel`"), "the backup has the channel");
        assertFalse(dump.contains(urlToken), "the webhook URL is not in the backup in clear");
        assertFalse(dump.contains(portalPassword), "the portal password is not in the backup in clear");
        assertTrue(dump.contains("psmm1:"), "sealed values are");

        String live = wholeDatabase();
        assertFalse(live.contains(urlToken));
        assertFalse(live.contains(portalPassword));
        try (var files = Files.list(file.getParent())) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().contains("secrets")), "the key is not beside the backups");
        }
    }

    @Test
    void aSecretSealedByAnotherPsmmIsToBeEnteredAgainAndNothingElseBreaks() throws Exception {
        String name = Accounts.uniqueName("foreign");
        long id = PsmmServer.admin().post("chat/channels", "{\"name\":\"" + name + "\",\"type\":\"WEBHOOK\","
                + "\"url\":\"http://127.0.0.1:9/hook\"}").json().getJsonNumber("id").longValue();
        // As a restore of another PSMM's backup leaves it: sealed under a key this PSMM does not have.
        String foreign = SecretCipher.forKey(new byte[32]).seal("http://127.0.0.1:9/other", "chat_channel.webhook_url");
        try (Connection c = PsmmServer.database();
                PreparedStatement ps = c.prepareStatement("UPDATE chat_channel SET webhook_url = ? WHERE id = ?")) {
            ps.setString(1, foreign);
            ps.setLong(2, id);
            assertEquals(1, ps.executeUpdate());
        }
        assertTrue(channel(name).getBoolean("urlToEnterAgain"));
        JsonObject test = PsmmServer.admin().post("chat/channels/" + id + "/test", "").json();
        assertEquals("FAILED", test.getString("status"), test.toString());
        assertTrue(test.getString("error").contains("must be entered again"), test.toString());

        Reply again = PsmmServer.admin().put("chat/channels/" + id + "/url", "{\"url\":\"http://127.0.0.1:9/new-hook\"}");
        assertEquals(200, again.status(), again.body());
        assertFalse(channel(name).getBoolean("urlToEnterAgain"));
        assertEquals(200, PsmmServer.admin().get("hosts").status(), "everything else reads as before");
        PsmmServer.admin().delete("chat/channels/" + id);
    }

    private static JsonObject channel(String name) {
        List<JsonObject> all = PsmmServer.admin().get("chat/channels").jsonArray().stream().map(JsonValue::asJsonObject).toList();
        return all.stream().filter(c -> c.getString("name").equals(name)).findFirst().orElseThrow();
    }

    /** Every row of PSMM's schema as mariadb-dump writes it. */
    private static String wholeDatabase() throws Exception {
        String schema = System.getProperty("psmm.db.url").replaceAll(".*/", "").replaceAll("\\?.*", "");
        Process p = new ProcessBuilder("mariadb-dump", "-uroot", "-h127.0.0.1", "--skip-extended-insert", schema)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        p.getInputStream().transferTo(out);
        assertEquals(0, p.waitFor());
        return out.toString(StandardCharsets.UTF_8);
    }
}
