package org.psmm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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

    /** A lab host PSMM watches: its id, the lab's name for it, its log sources' ids by path. */
    record Watched(long id, String lab, Map<String, Long> sources) {
    }

    /**
     * Adds every lab host to that PSMM, its key confirmed and PSMM's key authorized on it, with a log
     * source for every log its lab servers write: what the collection tests read.
     */
    static List<Watched> watchAll(Api api) {
        Lab.authorize(api.get("ssh/identity").json().getString("authorizedKeysLine"));
        List<Watched> watched = new ArrayList<>();
        for (String lab : List.of("lab-ftp", "lab-web", "lab-sql")) {
            Reply host = api.post("hosts", """
                    {"name":"%s","address":"%s","roles":["OTHER"],"timeZone":"UTC"}
                    """.formatted(lab + "-" + UUID.randomUUID().toString().substring(0, 6), Lab.address(lab)));
            assertEquals(201, host.status(), host.body());
            long id = host.json().getJsonNumber("id").longValue();
            pin(api, id);
            Map<String, Long> sources = new LinkedHashMap<>();
            for (JsonValue log : Lab.host(lab).getJsonArray("logs")) {
                String path = log.asJsonObject().getString("path");
                Reply source = api.post("hosts/" + id + "/log-sources", """
                        {"path":"%s","format":"%s"}
                        """.formatted(path, log.asJsonObject().getString("format")));
                assertEquals(201, source.status(), source.body());
                sources.put(path, source.json().getJsonNumber("id").longValue());
            }
            watched.add(new Watched(id, lab, sources));
        }
        return watched;
    }

    /**
     * Adds these lab hosts (user monitor, port 22, no role), PSMM's key authorized on them and
     * theirs confirmed: what a test that polls them needs. Their ids by lab name, in order.
     */
    static Map<String, Long> pinned(String... labs) {
        Lab.authorize(API.get("ssh/identity").json().getString("authorizedKeysLine"));
        Map<String, Long> ids = new LinkedHashMap<>();
        for (String lab : labs) {
            long id = createHost(Lab.address(lab), 22, "monitor", "", "");
            pin(id);
            ids.put(lab, id);
        }
        return ids;
    }

    /** One lab host as {@link #pinned} adds it: its id. */
    static long pinnedHost(String lab) {
        return pinned(lab).get(lab);
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
