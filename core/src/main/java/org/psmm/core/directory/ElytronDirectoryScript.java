package org.psmm.core.directory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The WildFly CLI that adds the directory to PSMM's Elytron domain, applied by
 * wildfly-config/configure-directory.sh to a server copy before it starts (bin/psmm start, the
 * tests): an LDAP realm (direct verification: the user's own bind checks the password) behind a
 * caching realm, so repeated API calls do not bind every time, in a distributed realm after the
 * local users' JDBC realm, ignored while the directory is unreachable so local admins still sign
 * in. Groups become roles through the same mapped role mapper that maps the local roles; the
 * bind password stays an expression, resolved from the environment when Elytron connects.
 *
 * <p>Usage: {@code ElytronDirectoryScript TRUSTSTORE_FILE} prints the script on stdout (exit 0),
 * or nothing with exit 3 when PSMM_LDAP_URL is unset, or the problems with exit 2. With
 * PSMM_LDAP_CA_FILE it writes the CA into TRUSTSTORE_FILE (PKCS12) for the ldaps connection.
 */
public final class ElytronDirectoryScript {

    static final String TRUSTSTORE_PASSWORD = "psmm-ldap-trust"; // a store of public certificates: nothing secret
    /** How long a directory identity (its verified password and groups) is reused: one minute. */
    static final int CACHE_MILLIS = 60_000;
    static final List<String> REALMS = List.of("PsmmLdapRealm", "PsmmLdapCache", "PsmmRealms");

    private ElytronDirectoryScript() {
    }

    public static void main(String[] args) throws IOException, GeneralSecurityException {
        if (args.length != 1) {
            System.err.println("usage: ElytronDirectoryScript TRUSTSTORE_FILE");
            System.exit(2);
        }
        Optional<DirectoryConfig> config;
        try {
            config = DirectoryConfig.fromEnvironment(System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (config.isEmpty()) {
            System.exit(3);
            return;
        }
        Path truststore = Path.of(args[0]);
        if (config.get().caFile().isPresent()) {
            writeTruststore(config.get().caFile().get(), truststore);
        }
        System.out.print(script(config.get(), truststore));
    }

    static String script(DirectoryConfig c, Path truststore) {
        StringBuilder s = new StringBuilder();
        s.append("embed-server --std-out=echo --server-config=standalone.xml --admin-only=true\n");
        s.append("batch\n");
        String ssl = "";
        if (c.ldaps() && c.caFile().isPresent()) {
            s.append("/subsystem=elytron/key-store=psmm-ldap-trust:add(path=").append(q(truststore.toString()))
                    .append(", type=PKCS12, credential-reference={clear-text=").append(TRUSTSTORE_PASSWORD).append("})\n");
            s.append("/subsystem=elytron/trust-manager=psmm-ldap-trust:add(key-store=psmm-ldap-trust)\n");
            s.append("/subsystem=elytron/client-ssl-context=psmm-ldap:add(trust-manager=psmm-ldap-trust, protocols=[TLSv1.3, TLSv1.2])\n");
            ssl = ", ssl-context=psmm-ldap";
        }
        s.append("/subsystem=elytron/dir-context=psmm-ldap:add(url=").append(q(c.url().toString()));
        if (c.bindDn() != null) {
            s.append(", principal=").append(q(c.bindDn()))
                    .append(", credential-reference={clear-text=\"${env.PSMM_LDAP_BIND_PASSWORD}\"}");
        }
        s.append(ssl).append(", connection-timeout=3000, read-timeout=5000, referral-mode=IGNORE)\n");
        s.append("/subsystem=elytron/ldap-realm=PsmmLdapRealm:add(dir-context=psmm-ldap, direct-verification=true,")
                .append(" allow-blank-password=false, identity-mapping={rdn-identifier=").append(q(c.userAttribute()))
                .append(", search-base-dn=").append(q(c.userBase())).append(", use-recursive-search=true,")
                .append(" attribute-mapping=[{filter-base-dn=").append(q(c.groupBase()))
                .append(", filter=").append(q(c.groupSearchFilter())).append(", from=cn, to=LdapGroups}]})\n");
        s.append("/subsystem=elytron/caching-realm=PsmmLdapCache:add(realm=PsmmLdapRealm, maximum-age=")
                .append(CACHE_MILLIS).append(", maximum-entries=1000)\n");
        s.append("/subsystem=elytron/distributed-realm=PsmmRealms:add(realms=[PsmmRealm, PsmmLdapCache], ignore-unavailable-realms=true)\n");
        s.append("/subsystem=elytron/simple-role-decoder=from-ldap-groups:add(attribute=LdapGroups)\n");
        s.append("/subsystem=elytron/aggregate-role-decoder=psmm-role-decoder:add(role-decoders=[from-roles-attribute, from-ldap-groups])\n");
        s.append("/subsystem=elytron/mapped-role-mapper=psmm-roles:write-attribute(name=role-map, value={")
                .append(mapping(c.roleByGroup())).append("})\n");
        s.append("/subsystem=elytron/security-domain=PsmmDomain:write-attribute(name=realms, value=[{realm=PsmmRealms, role-decoder=psmm-role-decoder}])\n");
        s.append("/subsystem=elytron/security-domain=PsmmDomain:write-attribute(name=default-realm, value=PsmmRealms)\n");
        for (String realm : REALMS) {
            // PSMM limits failed sign-ins per user and address itself (SignInGuard): Elytron's
            // lock per identity would let anyone lock the admin out from anywhere.
            s.append("/system-property=wildfly.elytron.realm.").append(realm).append(".brute-force.enabled:add(value=false)\n");
        }
        // The offline server has no datasource to check the JDBC realm against (WFLYCTL0412).
        s.append("run-batch --headers={rollback-on-runtime-failure=false}\n");
        s.append("stop-embedded-server\n");
        return s.toString();
    }

    /** The local roles (their JDBC rows read "local:ROLE") and the mapped groups, to PSMM's roles. */
    private static String mapping(Map<String, String> roleByGroup) {
        String local = DirectoryConfig.ROLES.stream().map(r -> q("local:" + r) + "=[" + r + "]").collect(Collectors.joining(", "));
        String groups = roleByGroup.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> q(e.getKey()) + "=[" + e.getValue() + "]").collect(Collectors.joining(", "));
        return local + ", " + groups;
    }

    /** A CLI string value: quoted, with \ and " escaped, so DNs and filters pass whole. */
    static String q(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static void writeTruststore(Path pem, Path target) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        int i = 0;
        try (InputStream in = Files.newInputStream(pem)) {
            for (Certificate cert : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                store.setCertificateEntry("ca-" + i++, cert);
            }
        }
        if (i == 0) {
            throw new IllegalArgumentException("PSMM_LDAP_CA_FILE holds no certificate: " + pem);
        }
        Files.createDirectories(target.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(target)) {
            store.store(out, TRUSTSTORE_PASSWORD.toCharArray());
        }
    }
}
