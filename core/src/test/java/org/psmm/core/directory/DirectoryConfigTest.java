package org.psmm.core.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DirectoryConfigTest {

    private static Map<String, String> lab() {
        Map<String, String> env = new HashMap<>();
        env.put("PSMM_LDAP_URL", "ldaps://127.0.0.20:636");
        env.put("PSMM_LDAP_BIND_DN", "cn=psmm-bind,ou=services,dc=psmm,dc=lab");
        env.put("PSMM_LDAP_BIND_PASSWORD", "x");
        env.put("PSMM_LDAP_USER_BASE", "ou=people,dc=psmm,dc=lab");
        env.put("PSMM_LDAP_GROUP_BASE", "ou=groups,dc=psmm,dc=lab");
        env.put("PSMM_LDAP_ROLE_GROUPS", "admin=psmm-admins, operator=psmm-operators,viewer=psmm-viewers");
        return env;
    }

    @Test
    void noUrlMeansNoDirectory() {
        assertEquals(Optional.empty(), DirectoryConfig.fromEnvironment(Map.of("PSMM_LDAP_BIND_DN", "cn=x")));
        assertEquals(Optional.empty(), DirectoryConfig.fromEnvironment(Map.of("PSMM_LDAP_URL", " ")));
    }

    @Test
    void theGroupSearchIsKeptToTheMappedGroupsSoAGroupNamedAdminGivesNothing() {
        DirectoryConfig c = DirectoryConfig.fromEnvironment(lab()).orElseThrow();
        assertEquals("(&(member={1})(|(cn=psmm-admins)(cn=psmm-operators)(cn=psmm-viewers)))", c.groupSearchFilter());
        assertEquals(Optional.of("admin"), c.roleOf(List.of("psmm-viewers", "psmm-admins")), "the highest role");
        assertEquals(Optional.of("viewer"), c.roleOf(List.of("psmm-viewers")));
        assertEquals(Optional.empty(), c.roleOf(List.of("admin", "Domain Admins")));
        assertEquals(636, c.port());
        assertEquals("uid", c.userAttribute());
    }

    @Test
    void groupNamesCannotWidenTheFilter() {
        Map<String, String> env = lab();
        env.put("PSMM_LDAP_ROLE_GROUPS", "admin=it*)(cn=*");
        DirectoryConfig c = DirectoryConfig.fromEnvironment(env).orElseThrow();
        assertEquals("(&(member={1})(|(cn=it\\2a\\29\\28cn=\\2a)))", c.groupSearchFilter());
    }

    @Test
    void everyWrongVariableIsNamedInOneMessage() {
        Map<String, String> env = new HashMap<>();
        env.put("PSMM_LDAP_URL", "http://dir.example");
        env.put("PSMM_LDAP_BIND_DN", "cn=x");
        env.put("PSMM_LDAP_ROLE_GROUPS", "root=wheel");
        env.put("PSMM_LDAP_CA_FILE", "/nonexistent/ca.pem");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DirectoryConfig.fromEnvironment(env));
        for (String name : List.of("PSMM_LDAP_URL", "PSMM_LDAP_BIND_PASSWORD", "PSMM_LDAP_USER_BASE", "PSMM_LDAP_ROLE_GROUPS",
                "PSMM_LDAP_CA_FILE")) {
            assertTrue(e.getMessage().contains(name), name + " in " + e.getMessage());
        }
    }

    @Test
    void theScriptKeepsTheBindPasswordAnExpressionAndQuotesDns() {
        Map<String, String> env = lab();
        env.put("PSMM_LDAP_BIND_PASSWORD", "s3cr3t-bind");
        String script = ElytronDirectoryScript.script(DirectoryConfig.fromEnvironment(env).orElseThrow(), Path.of("/d/t.p12"));
        assertFalse(script.contains("s3cr3t-bind"), "the password is never written into the configuration");
        assertTrue(script.contains("credential-reference={clear-text=\"${env.PSMM_LDAP_BIND_PASSWORD}\"}"), script);
        assertTrue(script.contains("principal=\"cn=psmm-bind,ou=services,dc=psmm,dc=lab\""), script);
        assertTrue(script.contains("\"psmm-admins\"=[admin]"), script);
        assertTrue(script.contains("\"local:admin\"=[admin]"), script);
        assertTrue(script.contains("wildfly.elytron.realm.PsmmRealms.brute-force.enabled:add(value=false)"), script);
        assertFalse(script.contains("ssl-context=psmm-ldap"), "no CA file: the JVM's trusted CAs");
    }

    @Test
    void cliValuesEscapeQuotesAndBackslashes() {
        assertEquals("\"cn=a\\\\,b \\\"c\\\"\"", ElytronDirectoryScript.q("cn=a\\,b \"c\""));
    }
}
