package org.psmm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.psmm.it.ApiEndpoints.Endpoint;
import org.psmm.it.PsmmServer.Api;
import org.psmm.it.PsmmServer.Reply;

/**
 * Roles hold at every door of the API: every endpoint the resource classes declare (found by
 * reflection, so a new one is walked without editing this test) is called as nobody, a viewer,
 * an operator and an admin, and each answer is checked against the one declared matrix,
 * api-roles.txt (an endpoint missing there fails: say who may call it). Below its role a caller
 * gets 401 (nobody) or 403; at or above it, neither, and never a 500.
 */
@ExtendWith(ArquillianExtension.class)
class RoleMatrixIT {

    private static final String PASSWORD = "role matrix passphrase";
    private static final List<String> LEVELS = List.of("public", "viewer", "operator", "admin");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PsmmServer.ear();
    }

    private static Map<String, String> declared() throws IOException {
        Map<String, String> matrix = new LinkedHashMap<>();
        try (InputStream in = RoleMatrixIT.class.getResourceAsStream("/api-roles.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                String[] parts = l.split("\\s+");
                assertEquals(3, parts.length, "METHOD PATH ROLE: " + l);
                assertTrue(LEVELS.contains(parts[2]), "role of " + l);
                matrix.put(parts[0] + " " + parts[1], parts[2]);
            }
        }
        return matrix;
    }

    @Test
    void everyEndpointAnswersEachRoleAsTheMatrixSays() throws Exception {
        List<Endpoint> endpoints = ApiEndpoints.all();
        assertTrue(endpoints.size() > 60, "found the resources: " + endpoints.size());
        Map<String, String> matrix = declared();
        List<String> undeclared = endpoints.stream().map(Endpoint::key).filter(k -> !matrix.containsKey(k)).toList();
        assertEquals(List.of(), undeclared, "endpoints without a line in it/src/test/resources/api-roles.txt");
        List<String> gone = matrix.keySet().stream().filter(k -> endpoints.stream().noneMatch(e -> e.key().equals(k))).toList();
        assertEquals(List.of(), gone, "lines of api-roles.txt that name no endpoint");

        Map<String, Api> callers = new LinkedHashMap<>();
        callers.put("public", PsmmServer.api(null, null));
        callers.put("viewer", PsmmServer.api(Accounts.create("mx-view", "viewer", PASSWORD), PASSWORD));
        callers.put("operator", PsmmServer.api(Accounts.create("mx-ops", "operator", PASSWORD), PASSWORD));
        callers.put("admin", PsmmServer.api(Accounts.create("mx-adm", "admin", PASSWORD), PASSWORD));
        long clock = PsmmServer.useRealClock();
        List<String> wrong = new ArrayList<>();
        try {
            for (Endpoint e : endpoints) {
                int needed = LEVELS.indexOf(matrix.get(e.key()));
                for (Map.Entry<String, Api> caller : callers.entrySet()) {
                    int level = LEVELS.indexOf(caller.getKey());
                    Reply r = call(caller.getValue(), e);
                    boolean refused = r.status() == 401 || r.status() == 403;
                    String seen = e.key() + " as " + caller.getKey() + " → " + r.status() + " " + abbreviate(r.body());
                    if (level < needed && r.status() != (level == 0 ? 401 : 403)) {
                        wrong.add("should be refused: " + seen);
                    } else if (level >= needed && refused) {
                        wrong.add("should be allowed: " + seen);
                    } else if (r.status() >= 500 && r.status() != 502) {
                        wrong.add("failed: " + seen);
                    }
                }
            }
        } finally {
            PsmmServer.setClockOffset(clock);
            awaitNoJobRunning();
        }
        assertEquals(List.of(), wrong);
    }

    private static Reply call(Api api, Endpoint e) {
        return switch (e.method()) {
            case "GET" -> api.get(e.callable());
            case "DELETE" -> api.delete(e.callable());
            case "POST" -> api.post(e.callable(), "{}");
            default -> api.put(e.callable(), "{}");
        };
    }

    /** A collection the walk started (POST jobs/auth-failures) must not run into the next test class. */
    private static void awaitNoJobRunning() throws InterruptedException {
        long until = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < until) {
            String body = PsmmServer.admin().get("jobs/executions?max=5").body();
            if (!body.contains("\"STARTED\"") && !body.contains("\"STARTING\"") && !body.contains("\"STOPPING\"")) {
                return;
            }
            Thread.sleep(500);
        }
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() <= 160 ? body : body.substring(0, 160) + "…";
    }
}
