package org.psmm.it;

import jakarta.json.Json;
import java.util.concurrent.atomic.AtomicInteger;

/** Users of the PSMM under test, made as an administrator makes them: through the API. */
public final class Accounts {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Accounts() {
    }

    /** A name no other test uses. */
    public static String uniqueName(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + SEQUENCE.incrementAndGet();
    }

    /** Creates a local user with this role and password (as admin); fails if PSMM refuses. */
    public static String create(String prefix, String role, String password) {
        String name = uniqueName(prefix);
        PsmmServer.Reply r = PsmmServer.admin().post("users", Json.createObjectBuilder()
                .add("username", name).add("displayName", prefix + " " + role).add("email", name + "@it.example.org")
                .add("role", role).add("password", password).build().toString());
        if (r.status() != 201) {
            throw new IllegalStateException("cannot create user " + name + ": " + r.status() + " " + r.body());
        }
        return name;
    }
}
