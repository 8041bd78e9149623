package org.psmm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.UUID;
import org.psmm.it.PsmmServer.Api;
import org.psmm.it.PsmmServer.Reply;

/** SNMP devices made from the lab's agents (lab/snmpd) through PSMM's API, for the device tests. */
final class LabDevices {

    static final String V2C = "lab-snmp-v2c";
    static final String V3 = "lab-snmp-v3";

    private static final Api API = PsmmServer.admin();

    private LabDevices() {
    }

    static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The JSON that adds the lab's v2c agent, with another community if given. */
    static String v2cJson(String name, String site, String community) {
        JsonObject agent = Lab.snmpAgent(V2C);
        return Json.createObjectBuilder().add("name", name).add("address", agent.getString("address"))
                .add("port", agent.getInt("port")).add("site", site == null ? "" : site).add("version", "v2c")
                .add("community", community == null ? agent.getString("community") : community).build().toString();
    }

    /** The JSON that adds the lab's v3 agent (authPriv SHA/AES), with another auth password if given. */
    static String v3Json(String name, String authPassword) {
        JsonObject agent = Lab.snmpAgent(V3);
        return Json.createObjectBuilder().add("name", name).add("address", agent.getString("address"))
                .add("port", agent.getInt("port")).add("version", "v3").add("v3User", agent.getString("v3User"))
                .add("v3AuthProtocol", agent.getString("v3AuthProtocol"))
                .add("v3AuthPassword", authPassword == null ? agent.getString("v3AuthPassword") : authPassword)
                .add("v3PrivProtocol", agent.getString("v3PrivProtocol"))
                .add("v3PrivPassword", agent.getString("v3PrivPassword")).build().toString();
    }

    /** Adds a device (PSMM discovers it at once) and returns it as the API answered. */
    static JsonObject create(String json) {
        Reply r = API.post("devices", json);
        assertEquals(201, r.status(), r.body());
        return r.json();
    }

    static JsonObject pollAll() {
        Reply r = API.post("devices/poll", "");
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    static JsonObject get(long id) {
        Reply r = API.get("devices/" + id);
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    static List<JsonObject> interfaces(long id) {
        Reply r = API.get("devices/" + id + "/interfaces");
        assertEquals(200, r.status(), r.body());
        return r.jsonArray().stream().map(JsonValue::asJsonObject).toList();
    }

    static JsonObject lo(long id) {
        return interfaces(id).stream().filter(i -> i.getString("name").equals("lo")).findFirst()
                .orElseThrow(() -> new AssertionError("no lo among " + interfaces(id)));
    }

    /** Every device goes: a poll of all devices then only asks what a test made. */
    static void removeAll() {
        for (JsonValue d : API.get("devices").jsonArray()) {
            long id = d.asJsonObject().getJsonNumber("id").longValue();
            Reply r = API.delete("devices/" + id);
            if (r.status() != 204 && r.status() != 404) {
                throw new IllegalStateException("cannot delete device " + id + ": " + r.status() + " " + r.body());
            }
        }
    }

    /** Sends this many bytes over a TCP connection on 127.0.0.1 and reads them back: lo counts them. */
    static long sendThroughLoopback(long bytes) throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Thread reader = new Thread(() -> {
                try (Socket s = server.accept(); InputStream in = s.getInputStream()) {
                    in.transferTo(OutputStream.nullOutputStream());
                } catch (Exception e) {
                    // the writer's assertion tells
                }
            });
            reader.start();
            try (Socket s = new Socket(InetAddress.getByName("127.0.0.1"), server.getLocalPort());
                    OutputStream out = s.getOutputStream()) {
                byte[] chunk = new byte[1 << 16];
                for (long sent = 0; sent < bytes; sent += chunk.length) {
                    out.write(chunk);
                }
            }
            reader.join(30_000);
        }
        return bytes;
    }
}
