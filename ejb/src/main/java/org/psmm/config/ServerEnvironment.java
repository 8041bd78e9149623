package org.psmm.config;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The environment variables and server paths PSMM reads, in one place. The database and mail
 * variables are read by WildFly itself (see wildfly-config/cli); the ones here are PSMM's own.
 */
@ApplicationScoped
public class ServerEnvironment {

    /** The first administrator's password, used once when no user exists. */
    public Optional<String> initialAdminPassword() {
        return nonBlank(System.getenv("PSMM_ADMIN_PASSWORD"));
    }

    /** PSMM's own files (SSH identity, first password): PSMM_DATA_DIR or the server's data dir. */
    public Path dataDirectory() {
        return nonBlank(System.getenv("PSMM_DATA_DIR"))
                .map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("jboss.server.data.dir", "."), "psmm"));
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
