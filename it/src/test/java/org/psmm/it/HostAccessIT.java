package org.psmm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.psmm.it.PsmmServer.Api;
import org.psmm.it.PsmmServer.Reply;

/**
 * PSMM reaching the lab's real servers over SSH: host keys confirmed then pinned, the checks
 * (login, sudo, MariaDB, hardening), a changed key refused and recorded, a user without
 * passwordless sudo, and a host that does not answer.
 */
@ExtendWith(ArquillianExtension.class)
class HostAccessIT {

    private static final Api API = PsmmServer.admin();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PsmmServer.ear();
    }

    @BeforeAll
    static void authorizePsmmOnTheLab() {
        Reply identity = API.get("ssh/identity");
        assertEquals(200, identity.status(), identity.body());
        String line = identity.json().getString("authorizedKeysLine");
        assertTrue(line.startsWith("ssh-ed25519 "), line);
        Lab.authorize(line);
    }

    @Test
    void theThreeLabHostsPassEveryCheck() {
        List<String> failures = new ArrayList<>();
        for (String lab : List.of("lab-ftp", "lab-web", "lab-sql")) {
            boolean sql = lab.equals("lab-sql");
            long id = LabHosts.createHost(Lab.address(lab), 22, "monitor", sql ? "\"SQL\"" : "\"OTHER\"",
                    sql ? ",\"mariadbSocket\":\"" + Lab.sqlSocket() + "\"" : "");

            String fingerprint = LabHosts.pin(id);
            assertTrue(Lab.fingerprints(lab).contains(fingerprint),
                    "the pinned key is one " + lab + " really serves: " + fingerprint);

            Reply check = API.post("hosts/" + id + "/check", "");
            assertEquals(200, check.status(), check.body());
            Map<String, JsonObject> items = LabHosts.checkItems(check.json());
            assertTrue(items.get("login").getString("detail").startsWith("Linux "), items.get("login").toString());
            assertTrue(items.containsKey("sudo"));
            assertEquals(sql, items.containsKey("mariadb"), "the MariaDB check runs on SQL hosts only");
            if (sql) {
                assertTrue(items.get("mariadb").getString("detail").contains("MariaDB"), items.get("mariadb").toString());
            }
            for (String rule : List.of("root-login-refused", "password-login-off", "keyboard-interactive-off",
                    "monitor-in-sudo-group")) {
                assertTrue(items.containsKey("hardening:" + rule), rule + " missing: " + items.keySet());
            }
            assertEquals("permitrootlogin no", items.get("hardening:root-login-refused").getString("detail"));
            items.values().stream().filter(i -> !i.getBoolean("passed"))
                    .forEach(i -> failures.add(lab + " " + i.getString("name") + ": " + i.getString("detail", "")));
            assertTrue(check.json().getBoolean("passed") || !failures.isEmpty());

            JsonObject host = API.get("hosts/" + id).json();
            assertTrue(host.getBoolean("lastCheckPassed", false) || !failures.isEmpty());
            assertTrue(host.containsKey("lastContactAt"), "a successful login is the host's last contact");
            assertEquals(200, API.get("hosts/" + id + "/checks/last").status());
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void aFingerprintTheHostDoesNotPresentPinsNothing() {
        long id = LabHosts.createHost(Lab.address("lab-ftp"), 22, "monitor", "", "");
        String otherHostsKey = Lab.fingerprints("lab-web").get(0);
        Reply r = API.put("hosts/" + id + "/host-key", "{\"fingerprint\":\"" + otherHostsKey + "\"}");
        assertEquals(409, r.status(), r.body());
        assertTrue(r.json().getString("error").contains(otherHostsKey));
        assertFalse(API.get("hosts/" + id).json().containsKey("hostKeyFingerprint"), "nothing was pinned");

        Reply check = API.post("hosts/" + id + "/check", "");
        assertFalse(check.json().getBoolean("passed"), "no check talks to a host whose key is not confirmed");
        assertTrue(LabHosts.checkItems(check.json()).get("login").getString("detail").contains("not confirmed"));
    }

    @Test
    void aChangedHostKeyIsRefusedAndRecorded() {
        long id = LabHosts.createHost(Lab.address("lab-web"), 22, "monitor", "\"WEB\"", "");
        String pinned = LabHosts.pin(id);
        assertTrue(API.post("hosts/" + id + "/check", "").json().getBoolean("passed"));

        Lab.rekey("lab-web");
        String presented = Lab.fingerprints("lab-web").get(0);
        assertNotEquals(pinned, presented);

        JsonObject check = API.post("hosts/" + id + "/check", "").json();
        assertFalse(check.getBoolean("passed"));
        String detail = LabHosts.checkItems(check).get("login").getString("detail");
        assertTrue(detail.contains(pinned), detail);
        assertFalse(LabHosts.checkItems(check).containsKey("sudo"), "nothing runs on a host that failed the key check");

        List<JsonObject> changed = API.get("hosts/" + id + "/events").jsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(e -> e.getString("kind").equals("HOST_KEY_CHANGED"))
                .toList();
        assertEquals(1, changed.size(), "one event for one refused connection");
        assertTrue(changed.get(0).getString("message").contains(pinned), changed.get(0).toString());
    }

    @Test
    void aUserWithoutPasswordlessSudoGetsAClearMessage() {
        long id = LabHosts.createHost(Lab.address("lab-ftp"), 22, "nosudo", "", "");
        LabHosts.pin(id);
        Map<String, JsonObject> items = LabHosts.checkItems(API.post("hosts/" + id + "/check", "").json());
        assertTrue(items.get("login").getBoolean("passed"), items.get("login").toString());
        JsonObject sudo = items.get("sudo");
        assertFalse(sudo.getBoolean("passed"));
        assertTrue(sudo.getString("detail").contains("nosudo lacks passwordless sudo"), sudo.toString());
        assertFalse(items.get("hardening:monitor-in-sudo-group").getBoolean("passed"));
    }

    @Test
    void aHostThatNeverAnswersTimesOutWithinTheConfiguredTime() throws IOException {
        // Accepts TCP but never speaks SSH: what a hung server or a half-open firewall looks like.
        try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getByName("127.0.0.1"))) {
            List<Socket> held = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept());
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            long id = LabHosts.createHost("127.0.0.1", silent.getLocalPort(), "monitor", "", "");
            long t0 = System.nanoTime();
            Reply r = API.get("hosts/" + id + "/host-key");
            long seconds = (System.nanoTime() - t0) / 1_000_000_000;
            assertEquals(502, r.status(), r.body());
            assertTrue(r.json().getString("error").contains("within 3 s"), r.body());
            assertTrue(seconds < 10, "answered after " + seconds + " s with a 3 s connect timeout");
        }
    }

    @Test
    void aClosedPortIsReportedAsRefused() {
        long id = LabHosts.createHost(Lab.address("lab-sql"), 2, "monitor", "", "");
        Reply r = API.get("hosts/" + id + "/host-key");
        assertEquals(502, r.status(), r.body());
        assertTrue(r.json().getString("error").contains("refused"), r.body());
    }
}
