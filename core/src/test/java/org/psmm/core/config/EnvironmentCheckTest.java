package org.psmm.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvironmentCheckTest {

    @TempDir
    Path dir;

    private static List<String> problems(String... pairs) {
        Map<String, String> env = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return EnvironmentCheck.problems(env);
    }

    @Test
    void nothingSetAndEverythingEmptyAreBothTheDefaults() {
        assertEquals(List.of(), problems());
        assertEquals(List.of(), problems("PSMM_DB_PASSWORD", "", "PSMM_HTTP_PORT", "", "PSMM_LDAP_URL", "", "TZ", "",
                "PSMM_TLS_KEYSTORE", "", "PSMM_ADMIN_PASSWORD", ""));
    }

    @Test
    void aGoodEnvironmentPasses() {
        assertEquals(List.of(), problems("PSMM_HTTP_PORT", "18080", "PSMM_HTTPS_PORT", "18443", "PSMM_PORT_OFFSET", "100",
                "PSMM_BIND_ADDRESS", "0.0.0.0", "PSMM_SMTP_HOST", "smtp.example.org", "PSMM_SMTP_PORT", "587",
                "PSMM_MAIL_FROM", "psmm@example.org", "PSMM_DB_URL", "jdbc:mariadb://db:3306/psmm",
                "PSMM_SSH_CONNECT_TIMEOUT", "5", "PSMM_SNMP_SCHEDULED", "FALSE", "PSMM_DATA_DIR", dir.resolve("data").toString(),
                "PSMM_ADMIN_PASSWORD", "a long enough passphrase", "TZ", "Europe/Paris"));
        assertEquals(List.of(), problems("PSMM_BIND_ADDRESS", "::1", "TZ", ":UTC"));
    }

    @Test
    void eachBadValueIsOneSentenceNamingItsVariable() {
        assertEquals(List.of("PSMM_HTTP_PORT must be a port number from 1 to 65535, not '80a'"), problems("PSMM_HTTP_PORT", "80a"));
        assertEquals(List.of("PSMM_HTTPS_PORT must be a port number from 1 to 65535, not '70000'"),
                problems("PSMM_HTTPS_PORT", "70000"));
        assertEquals(List.of("PSMM_HTTPS_PORT + PSMM_PORT_OFFSET is 65643, past the last port 65535"),
                problems("PSMM_PORT_OFFSET", "57200"));
        assertEquals(List.of("TZ is not a time zone: 'Europe/Pariss' (a name such as Europe/Paris or UTC)"),
                problems("TZ", "Europe/Pariss"));
        assertEquals(List.of("PSMM_SNMP_SCHEDULED must be true or false, not 'no'"), problems("PSMM_SNMP_SCHEDULED", "no"));
        assertEquals(List.of("PSMM_SSH_COMMAND_TIMEOUT must be a whole number of seconds, at least 1, not '0'"),
                problems("PSMM_SSH_COMMAND_TIMEOUT", "0"));
        assertEquals(List.of("PSMM_BIND_ADDRESS must be an address of this machine, such as 127.0.0.1 or 0.0.0.0 (every interface), not '127.0.0.300'"),
                problems("PSMM_BIND_ADDRESS", "127.0.0.300"));
        assertEquals(List.of("PSMM_MAIL_FROM must be one mail address such as psmm@example.org, not 'psmm'"),
                problems("PSMM_MAIL_FROM", "psmm"));
        assertEquals(List.of("PSMM_DB_URL must look like jdbc:mariadb://host:port/database, not 'mariadb://db/psmm'"),
                problems("PSMM_DB_URL", "mariadb://db/psmm"));
        assertTrue(problems("PSMM_ADMIN_PASSWORD", "short").get(0).startsWith("PSMM_ADMIN_PASSWORD "));
        assertEquals(2, problems("PSMM_HTTP_PORT", "x", "TZ", "Mars/Olympus").size(), "every problem at once");
    }

    @Test
    void aClusterNodeNamesItsNumberAndItsPeers() {
        assertEquals(List.of(), problems("PSMM_NODE", "2", "PSMM_CLUSTER_PEERS", "10.0.0.1, 10.0.0.2:7700,psmm-3.example.org",
                "PSMM_CLUSTER_ADDRESS", "10.0.0.2"));
        assertEquals(List.of("PSMM_NODE must be the node's number, 1 to 4, not '5'"), problems("PSMM_NODE", "5"));
        assertEquals(List.of("PSMM_NODE must be the node's number, 1 to 4, not 'two'"), problems("PSMM_NODE", "two"));
        assertEquals(1, problems("PSMM_CLUSTER_PEERS", "10.0.0.1:port").size());
        assertEquals(1, problems("PSMM_CLUSTER_PEERS", "a,b,c,d,e").size(), "four peers at most");
        assertEquals(List.of("PSMM_CLUSTER_ADDRESS must be the address of this machine the other nodes reach, not '0.0.0.0'"),
                problems("PSMM_CLUSTER_ADDRESS", "0.0.0.0"));
    }

    @Test
    void aKeyStoreMustBeReadableAndOpenWithItsPassword() throws Exception {
        Path missing = dir.resolve("none.p12");
        assertEquals(List.of("PSMM_TLS_KEYSTORE is not a readable file: " + missing),
                problems("PSMM_TLS_KEYSTORE", missing.toString(), "PSMM_TLS_KEYSTORE_PASSWORD", "x"));

        Path garbage = Files.writeString(dir.resolve("garbage.p12"), "not a key store");
        assertEquals(List.of("PSMM_TLS_KEYSTORE cannot be opened with PSMM_TLS_KEYSTORE_PASSWORD (a PKCS12 key store and its password are needed): " + garbage),
                problems("PSMM_TLS_KEYSTORE", garbage.toString(), "PSMM_TLS_KEYSTORE_PASSWORD", "x"));

        Path empty = dir.resolve("empty.p12");
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        try (OutputStream out = Files.newOutputStream(empty)) {
            store.store(out, "right".toCharArray());
        }
        assertEquals(List.of("PSMM_TLS_KEYSTORE cannot be opened with PSMM_TLS_KEYSTORE_PASSWORD (a PKCS12 key store and its password are needed): " + empty),
                problems("PSMM_TLS_KEYSTORE", empty.toString(), "PSMM_TLS_KEYSTORE_PASSWORD", "wrong"));
        assertEquals(List.of("PSMM_TLS_KEYSTORE holds no private key: " + empty),
                problems("PSMM_TLS_KEYSTORE", empty.toString(), "PSMM_TLS_KEYSTORE_PASSWORD", "right"));
        assertEquals(List.of("PSMM_TLS_KEYSTORE_PASSWORD is needed with PSMM_TLS_KEYSTORE"),
                problems("PSMM_TLS_KEYSTORE", empty.toString()));
    }

    @Test
    void directoriesMustBeWritableOrMakeable() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        assertEquals(List.of("PSMM_DATA_DIR is a file, not a directory: " + file), problems("PSMM_DATA_DIR", file.toString()));
        assertEquals(List.of("PSMM_BACKUP_DIR cannot be created: " + file.resolve("sub") + " (" + file + " is not a writable directory)"),
                problems("PSMM_BACKUP_DIR", file.resolve("sub").toString()));
    }

    @Test
    void theDirectorysSentencesComeOneByOne() {
        List<String> p = problems("PSMM_LDAP_URL", "http://dc1", "PSMM_LDAP_ROLE_GROUPS", "admin=psmm-admins");
        assertEquals(List.of("PSMM_LDAP_URL must be ldap://HOST[:PORT] or ldaps://HOST[:PORT], not 'http://dc1'",
                "PSMM_LDAP_USER_BASE is required: the DN under which users are searched, e.g. ou=people,dc=example,dc=com"), p);
    }

    @Test
    void anUnknownPsmmNameIsAWarningWithTheClosestKnownOne() {
        assertEquals(List.of("PSMM_DB_PASWORD is not a variable PSMM reads (did you mean PSMM_DB_PASSWORD?)",
                "PSMM_WHATEVER is not a variable PSMM reads"),
                EnvironmentCheck.warnings(Map.of("PSMM_DB_PASWORD", "x", "PSMM_WHATEVER", "y", "PSMM_DB_URL", "z", "HOME", "/")));
        assertEquals(List.of(), EnvironmentCheck.problems(Map.of("PSMM_DB_PASWORD", "x")), "a warning does not stop the start");
    }

    @Test
    void everySwitchTheServerReadsIsKnown() {
        // ServerEnvironment reads these: bin/psmm start must not call them unknown (the benches set them).
        assertEquals(List.of(), EnvironmentCheck.warnings(Map.of("PSMM_ADVISORIES_SCHEDULED", "false",
                "PSMM_SNMP_SCHEDULED", "false", "PSMM_AUTH_FAILURES_SCHEDULED", "false")));
        assertEquals(List.of(), problems("PSMM_ADVISORIES_SCHEDULED", "false"));
    }
}
