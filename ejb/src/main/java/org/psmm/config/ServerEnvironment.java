package org.psmm.config;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import org.psmm.core.backup.DatabaseTarget;

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

    /**
     * Where the key that seals stored credentials lives (secrets.key, 0600): the data directory.
     * Never inside the backup directory, so a backup file and the key do not travel together.
     */
    public Path secretKeyDirectory() {
        return dataDirectory();
    }

    /** PSMM's SSH key pair (psmm_ed25519, 0600): PSMM_SSH_KEY_DIR or ssh/ in the data directory. */
    public Path sshKeyDirectory() {
        return nonBlank(System.getenv("PSMM_SSH_KEY_DIR")).map(Path::of)
                .orElseGet(() -> dataDirectory().resolve("ssh"));
    }

    /** How long to wait for a host to answer on its SSH port (PSMM_SSH_CONNECT_TIMEOUT, seconds). */
    public Duration sshConnectTimeout() {
        return Duration.ofSeconds(wholeNumber("PSMM_SSH_CONNECT_TIMEOUT", 10, 1));
    }

    /** How long one remote command may run (PSMM_SSH_COMMAND_TIMEOUT, seconds). */
    public Duration sshCommandTimeout() {
        return Duration.ofSeconds(wholeNumber("PSMM_SSH_COMMAND_TIMEOUT", 60, 1));
    }

    /**
     * Whether this server collects failed logins on schedule (PSMM_AUTH_FAILURES_SCHEDULED, default
     * true; tests and benchmarks set false to run the job only on demand). How often is a setting.
     */
    public boolean authFailuresScheduled() {
        return nonBlank(System.getenv("PSMM_AUTH_FAILURES_SCHEDULED")).map(v -> !v.trim().equalsIgnoreCase("false"))
                .orElse(true);
    }

    /**
     * Whether CERT-FR's feeds are read and hosts' packages listed on schedule
     * (PSMM_ADVISORIES_SCHEDULED, default true; tests set false and poll through the API).
     */
    public boolean advisoriesScheduled() {
        return nonBlank(System.getenv("PSMM_ADVISORIES_SCHEDULED")).map(v -> !v.trim().equalsIgnoreCase("false"))
                .orElse(true);
    }

    /** The proxy feeds are read through: HTTPS_PROXY or https_proxy, as curl and apt read them. */
    public Optional<String> httpsProxy() {
        return nonBlank(System.getenv("HTTPS_PROXY")).or(() -> nonBlank(System.getenv("https_proxy")));
    }

    /** Hosts reached without the proxy: NO_PROXY or no_proxy. */
    public Optional<String> noProxy() {
        return nonBlank(System.getenv("NO_PROXY")).or(() -> nonBlank(System.getenv("no_proxy")));
    }

    /** {@code PSMM_SNMP_SCHEDULED=false}: devices are polled and discovered on demand only (tests, benchmarks). */
    public boolean snmpScheduled() {
        return nonBlank(System.getenv("PSMM_SNMP_SCHEDULED")).map(v -> !v.trim().equalsIgnoreCase("false")).orElse(true);
    }

    /** Whether tests may move PSMM's clock (PSMM_CLOCK_ADJUSTABLE=true, set by it/pom.xml only). */
    public boolean clockAdjustable() {
        return nonBlank(System.getenv("PSMM_CLOCK_ADJUSTABLE")).map(v -> v.trim().equalsIgnoreCase("true")).orElse(false);
    }

    /**
     * The zone PSMM reads days in and shows times in: the server's own (TZ, or the system's).
     * Read here only; everything else takes it from the injected clock.
     */
    public ZoneId zone() {
        return ZoneId.systemDefault();
    }

    /** The SMTP relay's user name (PSMM_SMTP_USER), if it needs one. */
    public Optional<String> smtpUser() {
        return nonBlank(System.getenv("PSMM_SMTP_USER"));
    }

    /** The SMTP relay's password (PSMM_SMTP_PASSWORD); never logged. */
    public Optional<String> smtpPassword() {
        return nonBlank(System.getenv("PSMM_SMTP_PASSWORD"));
    }

    /**
     * The company directory people sign in with (PSMM_LDAP_*), if any. Elytron signs them in
     * (configured from the same variables at start); PSMM asks the directory itself only to test it
     * and to tell "unreachable" from "wrong password".
     */
    public Optional<org.psmm.core.directory.DirectoryConfig> directory() {
        return org.psmm.core.directory.DirectoryConfig.fromEnvironment(System.getenv());
    }

    /** The directory service account's password (PSMM_LDAP_BIND_PASSWORD); never logged. */
    public Optional<String> directoryBindPassword() {
        return nonBlank(System.getenv("PSMM_LDAP_BIND_PASSWORD"));
    }

    /** Where backups of PSMM's database go (files 0600): PSMM_BACKUP_DIR or backups/ in the data directory. */
    public Path backupDirectory() {
        return nonBlank(System.getenv("PSMM_BACKUP_DIR")).map(Path::of)
                .orElseGet(() -> dataDirectory().resolve("backups")).toAbsolutePath().normalize();
    }

    /**
     * PSMM's database as the datasource reaches it (PSMM_DB_URL, PSMM_DB_USER, PSMM_DB_PASSWORD,
     * with the datasource's defaults), for mariadb-dump and the mariadb client. The password stays
     * inside the returned object, which never prints it.
     */
    public DatabaseTarget database() {
        return DatabaseTarget.of(nonBlank(System.getenv("PSMM_DB_URL")).orElse("jdbc:mariadb://127.0.0.1:3306/psmm"),
                System.getenv("PSMM_DB_USER"), System.getenv("PSMM_DB_PASSWORD"));
    }

    /** A whole number from the environment, at least min; a wrong value stops the start with a clear message. */
    private static int wholeNumber(String variable, int defaultValue, int min) {
        return nonBlank(System.getenv(variable)).map(String::trim).map(v -> {
            if (v.matches("\\d{1,6}") && Integer.parseInt(v) >= min) {
                return Integer.parseInt(v);
            }
            throw new IllegalStateException(variable + " must be a whole number of at least " + min + ", not '" + v + "'");
        }).orElse(defaultValue);
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
