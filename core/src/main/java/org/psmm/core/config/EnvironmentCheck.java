package org.psmm.core.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.psmm.core.account.PasswordRules;
import org.psmm.core.backup.DatabaseTarget;
import org.psmm.core.directory.DirectoryConfig;

/**
 * PSMM's environment checked before the server starts (bin/psmm start and the container's
 * entrypoint run it through bin/lib/environment.sh), so that a wrong value is one sentence naming
 * the variable now, not a stack trace in the server's log a minute later. An empty variable means
 * "not set" (the shell library unsets empty ones first; here they are skipped alike): an empty
 * {@code PSMM_DB_PASSWORD} is no password. A PSMM_ name PSMM does not know is only warned about,
 * with the closest known one (a typo would otherwise be silently ignored).
 */
public final class EnvironmentCheck {

    /** Every variable PSMM or its scripts read. */
    static final Set<String> KNOWN = Set.of("PSMM_DB_URL", "PSMM_DB_USER", "PSMM_DB_PASSWORD", "PSMM_ADMIN_PASSWORD",
            "PSMM_ADMIN_USER", "PSMM_SMTP_HOST", "PSMM_SMTP_PORT", "PSMM_SMTP_USER", "PSMM_SMTP_PASSWORD",
            "PSMM_MAIL_FROM", "PSMM_HOME", "PSMM_DATA_DIR", "PSMM_HTTP_PORT", "PSMM_HTTPS_PORT", "PSMM_HTTPS_PUBLIC_PORT",
            "PSMM_PORT_OFFSET", "PSMM_BIND_ADDRESS", "PSMM_SSH_KEY_DIR", "PSMM_SSH_CONNECT_TIMEOUT",
            "PSMM_SSH_COMMAND_TIMEOUT", "PSMM_SNMP_SCHEDULED", "PSMM_AUTH_FAILURES_SCHEDULED", "PSMM_ADVISORIES_SCHEDULED",
            "PSMM_BACKUP_DIR", "PSMM_TLS_KEYSTORE", "PSMM_TLS_KEYSTORE_PASSWORD", "PSMM_HTTPS_ONLY", "PSMM_CLOCK_ADJUSTABLE",
            "PSMM_START_TIMEOUT", "PSMM_LOGCHECK_CACHE", "PSMM_LDAP_URL", "PSMM_LDAP_BIND_DN",
            "PSMM_LDAP_BIND_PASSWORD", "PSMM_LDAP_USER_BASE", "PSMM_LDAP_USER_ATTRIBUTE", "PSMM_LDAP_GROUP_BASE",
            "PSMM_LDAP_GROUP_FILTER", "PSMM_LDAP_ROLE_GROUPS", "PSMM_LDAP_CA_FILE", "PSMM_NODE", "PSMM_CLUSTER_PEERS",
            "PSMM_CLUSTER_ADDRESS", "PSMM_INTERVAL_SCALE");

    private static final List<String> PORTS = List.of("PSMM_HTTP_PORT", "PSMM_HTTPS_PORT", "PSMM_HTTPS_PUBLIC_PORT",
            "PSMM_SMTP_PORT");
    private static final List<String> SECONDS = List.of("PSMM_SSH_CONNECT_TIMEOUT", "PSMM_SSH_COMMAND_TIMEOUT",
            "PSMM_START_TIMEOUT");
    private static final List<String> SWITCHES = List.of("PSMM_SNMP_SCHEDULED", "PSMM_AUTH_FAILURES_SCHEDULED",
            "PSMM_ADVISORIES_SCHEDULED",
            "PSMM_HTTPS_ONLY", "PSMM_CLOCK_ADJUSTABLE");
    private static final List<String> DIRECTORIES = List.of("PSMM_HOME", "PSMM_DATA_DIR", "PSMM_SSH_KEY_DIR",
            "PSMM_BACKUP_DIR");
    /** The cluster profile has four peer bindings (wildfly-config/cli/ha/cluster.cli). */
    static final int MAX_NODES = 4;
    private static final Pattern WHOLE = Pattern.compile("\\d{1,6}");
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("\\[?[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*]?");
    private static final Pattern HOST_NAME = Pattern.compile("(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.?");
    private static final Pattern MAIL = Pattern.compile("[^@\\s<>\",;]+@[^@\\s<>\",;]+");

    private EnvironmentCheck() {
    }

    /** What is wrong, one sentence per variable; empty when PSMM can start with this environment. */
    public static List<String> problems(Map<String, String> env) {
        List<String> problems = new ArrayList<>();
        for (String name : PORTS) {
            value(env, name).ifPresent(v -> {
                if (number(v) < 1 || number(v) > 65535) {
                    problems.add(name + " must be a port number from 1 to 65535, not '" + v + "'");
                }
            });
        }
        value(env, "PSMM_PORT_OFFSET").ifPresent(v -> {
            int offset = number(v);
            if (offset < 0 || offset > 65535) {
                problems.add("PSMM_PORT_OFFSET must be a whole number from 0 to 65535, not '" + v + "'");
                return;
            }
            for (String name : List.of("PSMM_HTTP_PORT", "PSMM_HTTPS_PORT")) {
                int port = value(env, name).map(EnvironmentCheck::number)
                        .orElse(name.equals("PSMM_HTTP_PORT") ? 8080 : 8443);
                if (port >= 1 && port + offset > 65535) {
                    problems.add(name + " + PSMM_PORT_OFFSET is " + (port + offset) + ", past the last port 65535");
                }
            }
        });
        for (String name : SECONDS) {
            value(env, name).ifPresent(v -> {
                if (number(v) < 1) {
                    problems.add(name + " must be a whole number of seconds, at least 1, not '" + v + "'");
                }
            });
        }
        for (String name : SWITCHES) {
            value(env, name).ifPresent(v -> {
                if (!v.strip().equalsIgnoreCase("true") && !v.strip().equalsIgnoreCase("false")) {
                    problems.add(name + " must be true or false, not '" + v + "'");
                }
            });
        }
        value(env, "PSMM_BIND_ADDRESS").ifPresent(v -> {
            if (!address(v)) {
                problems.add("PSMM_BIND_ADDRESS must be an address of this machine, such as 127.0.0.1 or 0.0.0.0 (every interface), not '" + v + "'");
            }
        });
        value(env, "PSMM_NODE").ifPresent(v -> {
            if (number(v) < 1 || number(v) > MAX_NODES) {
                problems.add("PSMM_NODE must be the node's number, 1 to " + MAX_NODES + ", not '" + v + "'");
            }
        });
        value(env, "PSMM_CLUSTER_ADDRESS").ifPresent(v -> {
            if (!address(v) || v.strip().equals("0.0.0.0")) {
                problems.add("PSMM_CLUSTER_ADDRESS must be the address of this machine the other nodes reach, not '" + v + "'");
            }
        });
        value(env, "PSMM_CLUSTER_PEERS").ifPresent(v -> {
            String[] peers = v.strip().split("\\s*,\\s*");
            boolean wellFormed = peers.length <= MAX_NODES;
            for (String peer : peers) {
                int colon = peer.lastIndexOf(':');
                String host = colon > 0 && !peer.endsWith("]") ? peer.substring(0, colon) : peer;
                String port = colon > 0 && !peer.endsWith("]") ? peer.substring(colon + 1) : "7600";
                wellFormed &= address(host) && number(port) >= 1 && number(port) <= 65535;
            }
            if (!wellFormed) {
                problems.add("PSMM_CLUSTER_PEERS must list the nodes' addresses (1 to " + MAX_NODES
                        + "), comma-separated, each with its cluster port if not 7600 (10.0.0.1,10.0.0.2:7700), not '" + v + "'");
            }
        });
        value(env, "PSMM_SMTP_HOST").ifPresent(v -> {
            if (!address(v)) {
                problems.add("PSMM_SMTP_HOST must be a host name or an address, not '" + v + "'");
            }
        });
        value(env, "PSMM_MAIL_FROM").ifPresent(v -> {
            if (!MAIL.matcher(v.strip()).matches()) {
                problems.add("PSMM_MAIL_FROM must be one mail address such as psmm@example.org, not '" + v + "'");
            }
        });
        value(env, "PSMM_DB_URL").ifPresent(v -> {
            try {
                DatabaseTarget.of(v, null, null);
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        });
        value(env, "PSMM_ADMIN_PASSWORD").flatMap(p -> PasswordRules.problem("admin", p)).ifPresent(problem -> problems
                .add("PSMM_ADMIN_PASSWORD " + problem.english() + ": choose another one, or unset it for a random one"));
        for (String name : DIRECTORIES) {
            value(env, name).flatMap(v -> directoryProblem(name, Path.of(v))).ifPresent(problems::add);
        }
        keyStoreProblem(env).ifPresent(problems::add);
        value(env, "TZ").ifPresent(v -> {
            if (!timeZone(v)) {
                problems.add("TZ is not a time zone: '" + v + "' (a name such as Europe/Paris or UTC)");
            }
        });
        try {
            DirectoryConfig.fromEnvironment(nonEmpty(env));
        } catch (IllegalArgumentException e) {
            Collections.addAll(problems, e.getMessage().split("; "));
        }
        return problems;
    }

    /** PSMM_ names PSMM does not read: a typo, probably. */
    public static List<String> warnings(Map<String, String> env) {
        List<String> warnings = new ArrayList<>();
        for (String name : new TreeSet<>(env.keySet())) {
            if (name.startsWith("PSMM_") && !KNOWN.contains(name)) {
                String closest = closest(name);
                warnings.add(name + " is not a variable PSMM reads" + (closest == null ? "" : " (did you mean " + closest + "?)"));
            }
        }
        return warnings;
    }

    /** Prints the warnings, then the problems, on stderr; exits 2 when there is a problem. */
    public static void main(String[] args) {
        Map<String, String> env = System.getenv();
        warnings(env).forEach(w -> System.err.println("psmm: warning: " + w));
        List<String> problems = problems(env);
        problems.forEach(p -> System.err.println("psmm: " + p));
        if (!problems.isEmpty()) {
            System.exit(2);
        }
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    private static Map<String, String> nonEmpty(Map<String, String> env) {
        Map<String, String> copy = new HashMap<>(env);
        copy.values().removeIf(String::isEmpty);
        return copy;
    }

    /** A whole number, or -1 for anything else (the scripts pass it on as it is: no spaces). */
    private static int number(String v) {
        return WHOLE.matcher(v).matches() ? Integer.parseInt(v) : -1;
    }

    private static boolean address(String v) {
        String s = v.strip();
        return IPV4.matcher(s).matches() || IPV6.matcher(s).matches() && s.length() > 1
                || HOST_NAME.matcher(s).matches() && !s.matches("[0-9.]+");
    }

    private static boolean timeZone(String v) {
        String s = v.startsWith(":") ? v.substring(1) : v;
        if (s.startsWith("/")) {
            return Files.isReadable(Path.of(s));
        }
        try {
            ZoneId.of(s);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** A directory that exists and is writable, or one that can be made under a writable one. */
    private static Optional<String> directoryProblem(String name, Path dir) {
        if (Files.exists(dir)) {
            if (!Files.isDirectory(dir)) {
                return Optional.of(name + " is a file, not a directory: " + dir);
            }
            if (!Files.isWritable(dir)) {
                return Optional.of(name + " is not writable by user " + System.getProperty("user.name") + ": " + dir);
            }
            return Optional.empty();
        }
        Path parent = dir.toAbsolutePath().getParent();
        while (parent != null && !Files.exists(parent)) {
            parent = parent.getParent();
        }
        if (parent == null || !Files.isDirectory(parent) || !Files.isWritable(parent)) {
            return Optional.of(name + " cannot be created: " + dir + " (" + parent + " is not a writable directory)");
        }
        return Optional.empty();
    }

    private static Optional<String> keyStoreProblem(Map<String, String> env) {
        var file = value(env, "PSMM_TLS_KEYSTORE");
        if (file.isEmpty()) {
            return Optional.empty();
        }
        Path path = Path.of(file.get());
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            return Optional.of("PSMM_TLS_KEYSTORE is not a readable file: " + path);
        }
        var password = value(env, "PSMM_TLS_KEYSTORE_PASSWORD");
        if (password.isEmpty()) {
            return Optional.of("PSMM_TLS_KEYSTORE_PASSWORD is needed with PSMM_TLS_KEYSTORE");
        }
        try (InputStream in = Files.newInputStream(path)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password.get().toCharArray());
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    return Optional.empty();
                }
            }
            return Optional.of("PSMM_TLS_KEYSTORE holds no private key: " + path);
        } catch (IOException | GeneralSecurityException e) {
            return Optional.of("PSMM_TLS_KEYSTORE cannot be opened with PSMM_TLS_KEYSTORE_PASSWORD"
                    + " (a PKCS12 key store and its password are needed): " + path);
        }
    }

    /** The known name within two edits of NAME, if one is. */
    private static String closest(String name) {
        String best = null;
        int bestDistance = 3;
        for (String known : new TreeSet<>(KNOWN)) {
            int d = distance(name.toUpperCase(Locale.ROOT), known);
            if (d < bestDistance) {
                best = known;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
