package org.psmm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.psmm.it.ApiEndpoints.Endpoint;
import org.psmm.it.PsmmServer.Api;
import org.psmm.it.PsmmServer.Reply;

/**
 * Bad input gets one clear answer: every endpoint (found by reflection, as the role matrix finds
 * them) is sent, as an admin, malformed JSON, wrong types, unknown fields and enum values, a body
 * over 1 MiB, odd ids and unknown query parameters, drawn with a fixed seed; each answer must be a
 * 2xx or a 4xx in the API's one error shape ({"error","fields"}), never a 5xx, a stack trace or an
 * HTML page.
 */
@ExtendWith(ArquillianExtension.class)
class ApiFuzzIT {

    private static final long SEED = 20261201L;
    private static final int TRIES = 5;

    private static final List<String> BODIES = List.of(
            "{", "[]", "\"text\"", "12345", "null", "{\"unknownField\": true}",
            "{\"name\": 5, \"address\": [], \"sshPort\": \"twenty-two\", \"enabled\": \"maybe\", \"roles\": [\"NOPE\"]}",
            "{\"role\": \"NOPE\", \"kind\": \"NOPE\", \"type\": \"NOPE\", \"format\": \"NOPE\"}",
            "{\"password\": 123456789012, \"username\": {\"a\": 1}}",
            "{\"offsetSeconds\": \"soon\", \"enabled\": 2, \"url\": false}",
            "[".repeat(5000) + "]".repeat(5000),
            "{\"name\": \"" + "x".repeat(1_200_000) + "\"}",
            "{\"a\":\"\\u0000\\ud800</script>\"}");
    private static final List<String> ODD_IDS = List.of("-1", "0", "99999999999999999999", "abc", "%2e%2e", "1%00", "9223372036854775807");
    private static final List<String> ODD_QUERIES = List.of("zz=1", "kind=NOPE", "page=-1", "size=100000000", "host=%00",
            "from=yesterday", "max=-5", "status=NOPE", "day=2026-13-45", "user=%27%20OR%201%3D1--");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PsmmServer.ear();
    }

    @Test
    void everyEndpointAnswersBadInputWithA4xxInTheOneErrorShape() throws Exception {
        List<Endpoint> endpoints = ApiEndpoints.all();
        assertTrue(endpoints.size() > 60, "found the resources: " + endpoints.size());
        Api admin = PsmmServer.api(Accounts.create("fuzz", "admin", "fuzzing admin phrase"), "fuzzing admin phrase");
        Random random = new Random(SEED);
        long clock = PsmmServer.useRealClock();
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        try {
            for (Endpoint e : endpoints) {
                for (int t = 0; t < TRIES; t++) {
                    String path = e.template().contains("{") ? oddPath(e, random) : e.callable();
                    if (random.nextBoolean()) {
                        path += (path.contains("?") ? "&" : "?") + ODD_QUERIES.get(random.nextInt(ODD_QUERIES.size()));
                    }
                    String body = e.body() ? BODIES.get(random.nextInt(BODIES.size())) : null;
                    Reply r = send(admin, e.method(), path, body);
                    calls++;
                    String seen = e.method() + " " + path + (body == null ? "" : " with " + abbreviate(body)) + " → " + r.status() + " "
                            + abbreviate(r.body());
                    if (r.status() >= 500 && r.status() != 502) {
                        wrong.add("a 5xx: " + seen);
                    } else if (r.status() >= 400 && !isErrorShape(r)) {
                        wrong.add("not the error shape: " + seen);
                    } else if (r.body() != null && (r.body().contains("\tat ") || r.body().contains("Exception") || r.body().contains("<html"))) {
                        wrong.add("internals shown: " + seen);
                    }
                }
            }
        } finally {
            PsmmServer.setClockOffset(clock);
        }
        System.out.println("api fuzz: " + calls + " calls with seed " + SEED);
        assertEquals(List.of(), wrong);
    }

    @Test
    void unknownFieldsAndParametersAndHugeBodiesAreNamed() {
        Api admin = PsmmServer.admin();
        Reply unknownField = admin.post("hosts", "{\"name\":\"x\",\"address\":\"192.0.2.9\",\"sshPort\":22,\"sshUser\":\"monitor\","
                + "\"timeZone\":\"UTC\",\"enabled\":true,\"roles\":[],\"sshport\":2222}");
        assertEquals(400, unknownField.status(), unknownField.body());
        assertTrue(unknownField.json().getString("error").contains("sshport"), unknownField.body());
        Reply unknownParameter = admin.get("alerts?knd=CPU");
        assertEquals(400, unknownParameter.status());
        assertEquals("knd", unknownParameter.json().getJsonArray("fields").getJsonObject(0).getString("field"));
        Reply badEnum = admin.get("alerts?kind=NOPE");
        assertEquals(400, badEnum.status());
        assertTrue(badEnum.json().getString("error").contains("kind must be one of"), badEnum.body());
        Reply badBodyEnum = admin.post("hosts", "{\"name\":\"x\",\"address\":\"192.0.2.9\",\"sshPort\":22,\"sshUser\":\"monitor\","
                + "\"timeZone\":\"UTC\",\"enabled\":true,\"roles\":[\"NOPE\"]}");
        assertEquals(400, badBodyEnum.status());
        assertTrue(!badBodyEnum.body().contains("org.psmm"), "no internal class named: " + badBodyEnum.body());
        Reply huge = admin.put("settings", "{\"alerts.adminRecipients\":\"" + "a".repeat(1_100_000) + "\"}");
        assertEquals(413, huge.status());
        assertTrue(huge.json().getString("error").contains("1 MiB"));
        Reply noHost = admin.get("metrics");
        assertEquals(400, noHost.status());
        assertEquals("host", noHost.json().getJsonArray("fields").getJsonObject(0).getString("field"), "not an empty 400");
    }

    private static boolean isErrorShape(Reply r) {
        try {
            var json = r.json();
            return json.containsKey("error") && json.containsKey("fields") && !json.getString("error").isBlank();
        } catch (RuntimeException notJson) {
            return false;
        }
    }

    private static String oddPath(Endpoint e, Random random) {
        return e.template().replaceAll("\\{[^}]+}", ODD_IDS.get(random.nextInt(ODD_IDS.size())));
    }

    private static Reply send(Api api, String method, String path, String body) {
        return switch (method) {
            case "GET" -> api.get(path);
            case "DELETE" -> api.delete(path);
            case "POST" -> api.post(path, body == null ? "" : body);
            default -> api.put(path, body == null ? "" : body);
        };
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() <= 120 ? s : s.substring(0, 120) + "…";
    }
}
