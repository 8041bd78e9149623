package org.psmm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.psmm.it.PsmmServer.Api;
import org.psmm.it.PsmmServer.Reply;

/** The auth-failures collection job, started and awaited through the API, and what the lab's attacks should give. */
final class CollectionJobs {

    private static final Api API = PsmmServer.admin();
    private static final Map<String, String> SERVICES = Map.of("ssh", "ssh", "ftp", "ftp", "web", "web", "sql", "mariadb");

    private CollectionJobs() {
    }

    /** Starts the job and waits for its end; returns the execution as the API shows it. */
    static JsonObject runJob() {
        Reply started = API.post("jobs/auth-failures", "");
        assertEquals(202, started.status(), started.body());
        return awaitEnd(started.json().getJsonNumber("executionId").longValue());
    }

    static JsonObject awaitEnd(long executionId) {
        Instant limit = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(limit)) {
            JsonObject e = API.get("jobs/executions/" + executionId).json();
            String status = e.getString("status");
            if (!List.of("STARTING", "STARTED", "STOPPING").contains(status)) {
                return e;
            }
            sleep(300);
        }
        return fail("execution " + executionId + " did not end within 3 minutes");
    }

    static Map<String, Integer> attempted(List<JsonObject> attempts) {
        Map<String, Integer> d = new TreeMap<>();
        for (JsonObject a : attempts) {
            d.merge(SERVICES.get(a.getString("service")) + "|" + a.getString("user") + "|" + a.getString("source"), 1,
                    Integer::sum);
        }
        return d;
    }

    static String labLog(String host, String format) {
        return Lab.host(host).getJsonArray("logs").stream().map(JsonValue::asJsonObject)
                .filter(l -> l.getString("format").equals(format)).findFirst().orElseThrow().getString("path");
    }

    static Map<String, Integer> difference(Map<String, Integer> after, Map<String, Integer> before) {
        Map<String, Integer> d = new TreeMap<>();
        after.forEach((k, v) -> {
            int delta = v - before.getOrDefault(k, 0);
            if (delta != 0) {
                d.put(k, delta);
            }
        });
        return d;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
