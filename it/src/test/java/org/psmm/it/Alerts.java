package org.psmm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.psmm.it.PsmmServer.Api;
import org.psmm.it.PsmmServer.Reply;

/** PSMM's alerts as the API lists them. */
final class Alerts {

    private static final Api API = PsmmServer.admin();

    private Alerts() {
    }

    static List<JsonObject> list(String query) {
        Reply r = API.get("alerts?" + query);
        assertEquals(200, r.status(), r.body());
        List<JsonObject> alerts = r.jsonArray().stream().map(JsonValue::asJsonObject).toList();
        for (JsonObject a : alerts) {
            assertTrue(a.keySet().stream().noneMatch(k -> k.startsWith("get")), "each field once: " + a.keySet());
        }
        return alerts;
    }
}
