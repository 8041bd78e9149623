package org.psmm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.psmm.it.PsmmServer.Api;
import org.psmm.it.PsmmServer.Reply;

/** The lab's hosts as PSMM knows them: added through the API, their keys confirmed, their checks read. */
final class LabHosts {

    private static final Api API = PsmmServer.admin();

    private LabHosts() {
    }

    static long createHost(String address, int port, String user, String roles, String extra) {
        String name = "lab-" + UUID.randomUUID().toString().substring(0, 8);
        Reply r = API.post("hosts", """
                {"name":"%s","address":"%s","sshPort":%d,"sshUser":"%s","roles":[%s],"timeZone":"UTC"%s}
                """.formatted(name, address, port, user, roles, extra));
        assertEquals(201, r.status(), r.body());
        return r.json().getJsonNumber("id").longValue();
    }

    static String pin(long id) {
        return pin(API, id);
    }

    /** Confirms the key the host presents now, through that PSMM's API. */
    static String pin(Api api, long id) {
        Reply scan = api.get("hosts/" + id + "/host-key");
        assertEquals(200, scan.status(), scan.body());
        String fingerprint = scan.json().getJsonObject("presented").getString("fingerprint");
        Reply pinned = api.put("hosts/" + id + "/host-key", "{\"fingerprint\":\"" + fingerprint + "\"}");
        assertEquals(200, pinned.status(), pinned.body());
        assertEquals(fingerprint, pinned.json().getString("hostKeyFingerprint"));
        return fingerprint;
    }

    static Map<String, JsonObject> checkItems(JsonObject check) {
        return check.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(i -> i.getString("name"), i -> i));
    }

    /** A host nobody can reach (TEST-NET-1): it never answers a poll. */
    static String createUnreachableHost(String prefix) {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        PsmmServer.Reply r = PsmmServer.admin().post("hosts", """
                {"name":"%s","address":"192.0.2.%d","sshPort":22,"sshUser":"monitor","roles":[],"timeZone":"UTC"}
                """.formatted(name, 100 + (int) (Math.random() * 100)));
        assertEquals(201, r.status(), r.body());
        return name;
    }
}
