package org.psmm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.psmm.it.PsmmServer.Api;
import org.psmm.it.PsmmServer.Reply;

/** GreenMail as PSMM's mail relay, addresses of one test, and the outbox sent now. */
final class TestMail {

    private static final Api API = PsmmServer.admin();
    private static final int SMTP_PORT = Integer.parseInt(System.getProperty("psmm.smtp.port", "3125"));

    private TestMail() {
    }

    static GreenMail startSmtp() {
        GreenMail g = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        g.start();
        return g;
    }

    static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@it.example.org";
    }

    static JsonObject sendDue() {
        Reply r = API.post("notifications/send-due", "");
        assertEquals(200, r.status(), r.body());
        return r.json();
    }
}
