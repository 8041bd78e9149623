package org.psmm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.psmm.it.PsmmServer.Api;
import org.psmm.it.PsmmServer.Reply;

/**
 * A lab host as PSMM knows it after a real collection: added and pinned through the API, its
 * sshd log a source, what the log already held collected, then N real failed SSH logins made
 * and collected by the real job. For the console tests that show a host's failures.
 */
final class AttackedHosts {

    private static final Api API = PsmmServer.admin();

    /** What the test may compare with: the host, its source's path, the attempts and the last execution. */
    record AttackedHost(long id, String name, String logPath, List<JsonObject> attempts, JsonObject execution) {

        String sourceIp() {
            return attempts.get(0).getString("source");
        }
    }

    private AttackedHosts() {
    }

    static AttackedHost sshAttacked(String lab, int attempts) {
        return sshAttacked(lab, () -> Lab.attack("ssh", attempts, lab));
    }

    /** The same, every attempt from {@code source}. */
    static AttackedHost sshAttackedFrom(String lab, int attempts, String source) {
        return sshAttacked(lab, () -> Lab.attackFrom(source, "ssh", attempts, lab));
    }

    private static AttackedHost sshAttacked(String lab, Supplier<List<JsonObject>> attack) {
        Lab.authorize(API.get("ssh/identity").json().getString("authorizedKeysLine"));
        String name = "hub-" + UUID.randomUUID().toString().substring(0, 8);
        Reply host = API.post("hosts", """
                {"name":"%s","address":"%s","roles":["OTHER"],"timeZone":"UTC"}
                """.formatted(name, Lab.address(lab)));
        assertEquals(201, host.status(), host.body());
        long id = host.json().getJsonNumber("id").longValue();
        LabHosts.pin(id);
        String log = CollectionJobs.labLog(lab, "sshd");
        Reply source = API.post("hosts/" + id + "/log-sources", "{\"path\":\"" + log + "\",\"format\":\"sshd\"}");
        assertEquals(201, source.status(), source.body());
        CollectionJobs.runJob(); // what the log already holds, so that the next run holds the attack
        List<JsonObject> made = attack.get();
        JsonObject execution = CollectionJobs.runJob();
        assertEquals("COMPLETED", execution.getString("status"), execution.toString());
        return new AttackedHost(id, name, log, made, execution);
    }
}
