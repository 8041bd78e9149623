package org.psmm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.psmm.it.PsmmServer.Reply;

/** The host inventory through /psmm/api/hosts, as an admin, an operator, a viewer and a stranger. */
@ExtendWith(ArquillianExtension.class)
class HostApiIT {

    private static final String VIEWER = "it-viewer";
    private static final String OPERATOR = "it-operator";
    private static final String PASSWORD = "it-user-password";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PsmmServer.ear();
    }

    @BeforeAll
    static void users() throws Exception {
        PsmmServer.ensureUser(VIEWER, PASSWORD, "viewer");
        PsmmServer.ensureUser(OPERATOR, PASSWORD, "operator");
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String hostJson(String name) {
        return """
                {"name":"%s","address":"192.0.2.10","roles":["SQL","WEB"],"site":"Lyon","timeZone":"Europe/Paris","notes":"rack 3"}
                """.formatted(name);
    }

    @Test
    void healthIsUpWithoutAuthentication() {
        Reply r = PsmmServer.api(null, null).get("health");
        assertEquals(200, r.status(), r.body());
        assertEquals("UP", r.json().getString("status"));
        assertEquals("UP", r.json().getString("database"));
    }

    @Test
    void hostLifecycleAsAdmin() {
        var api = PsmmServer.admin();
        String name = unique("sql");

        Reply created = api.post("hosts", hostJson(name));
        assertEquals(201, created.status(), created.body());
        JsonObject host = created.json();
        long id = host.getJsonNumber("id").longValue();
        assertTrue(created.raw().headers().firstValue("Location").orElse("").endsWith("/api/hosts/" + id));
        assertEquals(name, host.getString("name"));
        assertEquals(22, host.getInt("sshPort"), "SSH port defaults to 22");
        assertEquals("monitor", host.getString("sshUser"), "SSH user defaults to monitor");
        assertEquals(Set.of("SQL", "WEB"), host.getJsonArray("roles").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).collect(Collectors.toSet()));
        assertTrue(host.getBoolean("enabled"));
        assertEquals("LINUX", host.getString("os"), "a host is a Linux host unless said");

        Reply read = api.get("hosts/" + id);
        assertEquals(200, read.status());
        assertEquals("Europe/Paris", read.json().getString("timeZone"));
        assertTrue(api.get("hosts").jsonArray().stream().anyMatch(h -> h.asJsonObject().getString("name").equals(name)));

        Reply updated = api.put("hosts/" + id, """
                {"name":"%s","address":"2001:db8::5","sshPort":2222,"sshUser":"watch","roles":["FTP"],"timeZone":"UTC","enabled":false}
                """.formatted(name));
        assertEquals(200, updated.status(), updated.body());
        assertEquals("2001:db8::5", updated.json().getString("address"));
        assertEquals(2222, updated.json().getInt("sshPort"));
        assertFalse(updated.json().getBoolean("enabled"));
        assertEquals(2222, api.get("hosts/" + id).json().getInt("sshPort"), "the change was stored");
        Reply windows = api.put("hosts/" + id, """
                {"name":"%s","address":"2001:db8::5","sshPort":2222,"sshUser":"watch","roles":["FTP"],"timeZone":"UTC","os":"WINDOWS"}
                """.formatted(name));
        assertEquals(200, windows.status(), windows.body());
        assertEquals("WINDOWS", api.get("hosts/" + id).json().getString("os"));
        assertEquals(400, api.put("hosts/" + id, """
                {"name":"%s","address":"2001:db8::5","timeZone":"UTC","os":"BeOS"}
                """.formatted(name)).status(), "an operating system PSMM does not know");

        assertEquals(204, api.delete("hosts/" + id).status());
        assertEquals(404, api.get("hosts/" + id).status());
        assertEquals(404, api.delete("hosts/" + id).status());
    }

    @Test
    void validationErrorsNameEachBadField() {
        Reply r = PsmmServer.admin().post("hosts", """
                {"name":"bad name!","address":"","sshPort":70000,"sshUser":"Root","timeZone":"Mars/Olympus"}
                """);
        assertEquals(400, r.status(), r.body());
        Set<String> fields = r.json().getJsonArray("fields").stream()
                .map(f -> f.asJsonObject().getString("field")).collect(Collectors.toSet());
        assertEquals(Set.of("name", "address", "sshPort", "sshUser", "timeZone"), fields);
        assertTrue(r.json().getJsonArray("fields").stream()
                .anyMatch(f -> f.asJsonObject().getString("message").contains("time zone")), r.body());
    }

    @Test
    void duplicateNameIsAConflict() {
        var api = PsmmServer.admin();
        String name = unique("dup");
        assertEquals(201, api.post("hosts", hostJson(name)).status());
        Reply again = api.post("hosts", hostJson(name));
        assertEquals(409, again.status(), again.body());
        assertEquals("name", again.json().getJsonArray("fields").getJsonObject(0).getString("field"));

        long otherId = api.post("hosts", hostJson(unique("other"))).json().getJsonNumber("id").longValue();
        Reply rename = api.put("hosts/" + otherId, hostJson(name));
        assertEquals(409, rename.status(), "renaming onto an existing name is refused too");
    }

    @Test
    void noCredentialsMeans401WithABasicChallenge() {
        Reply r = PsmmServer.api(null, null).get("hosts");
        assertEquals(401, r.status());
        assertTrue(r.raw().headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals(401, PsmmServer.api(PsmmServer.ADMIN, "wrong-password").get("hosts").status());
        assertEquals(401, PsmmServer.api(null, null).post("hosts", hostJson(unique("anon"))).status());
    }

    @Test
    void anApiCallLeavesNoSessionThatAuthenticatesLaterCalls() throws Exception {
        Reply r = PsmmServer.admin().get("hosts");
        assertEquals(200, r.status());
        String cookie = r.raw().headers().firstValue("Set-Cookie").orElse("");
        if (!cookie.isEmpty()) {
            var request = HttpRequest.newBuilder(URI.create(PsmmServer.URL + "/api/hosts"))
                    .header("Cookie", cookie.split(";", 2)[0]).GET().build();
            int status = PsmmServer.http()
                    .send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            assertEquals(401, status, "the session opened by Basic login was closed with its response");
        }
    }

    @Test
    void viewerReadsButCannotWrite() {
        var viewer = PsmmServer.api(VIEWER, PASSWORD);
        assertEquals(200, viewer.get("hosts").status());
        String name = unique("viewer");
        assertEquals(403, viewer.post("hosts", hostJson(name)).status());

        long id = PsmmServer.admin().post("hosts", hostJson(name)).json().getJsonNumber("id").longValue();
        assertEquals(403, viewer.put("hosts/" + id, hostJson(name)).status());
        assertEquals(403, viewer.delete("hosts/" + id).status());
        assertEquals(200, viewer.get("hosts/" + id).status(), "the host is still there");
    }

    @Test
    void operatorWritesHosts() {
        var operator = PsmmServer.api(OPERATOR, PASSWORD);
        Reply created = operator.post("hosts", hostJson(unique("op")));
        assertEquals(201, created.status(), created.body());
        assertEquals(204, operator.delete("hosts/" + created.json().getJsonNumber("id").longValue()).status());
    }
}
