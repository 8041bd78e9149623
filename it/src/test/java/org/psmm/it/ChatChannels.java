package org.psmm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonValue;
import org.psmm.it.PsmmServer.Api;
import org.psmm.it.PsmmServer.Reply;

/** Chat channels added and removed through the API. */
final class ChatChannels {

    private static final Api API = PsmmServer.admin();

    private ChatChannels() {
    }

    /** Other tests count their notifications: leave them no chat channel. */
    static void deleteChannels() {
        for (JsonValue c : API.get("chat/channels").jsonArray()) {
            assertEquals(204, API.delete("chat/channels/" + c.asJsonObject().getJsonNumber("id")).status());
        }
    }

    /** Adds a channel posting to {@code url}; returns its id. */
    static long addChannel(String name, String type, String url, String secret) {
        Reply r = API.post("chat/channels", """
                {"name":"%s","type":"%s","url":"%s"}""".formatted(name, type, url));
        assertEquals(201, r.status(), r.body());
        assertFalse(r.body().contains(secret), "the webhook URL is a secret, never shown back: " + r.body());
        return r.json().getJsonNumber("id").longValue();
    }
}
