package org.psmm.account;

import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.util.ssl.HostNameSSLSocketVerifier;
import com.unboundid.util.ssl.JVMDefaultTrustManager;
import com.unboundid.util.ssl.PEMFileTrustManager;
import com.unboundid.util.ssl.SSLUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.net.SocketFactory;
import org.psmm.config.ServerEnvironment;
import org.psmm.core.directory.DirectoryConfig;
import org.psmm.error.PsmmException;

/**
 * PSMM's own look at the directory, beside Elytron's: the admins' "Test the directory" (bind as
 * the service account, find a user, its groups and the role they give), the name and mail of a
 * directory user at sign-in, and whether the directory answers at all when a directory user's
 * sign-in fails, so that person reads "the directory cannot be reached" rather than "wrong
 * password". Same settings, same group filter, same role rule as Elytron's configuration.
 */
@ApplicationScoped
public class DirectoryClient {

    private static final Logger LOG = Logger.getLogger(DirectoryClient.class.getName());
    private static final Duration REACHABLE_FOR = Duration.ofSeconds(10);

    @Inject
    private ServerEnvironment environment;

    @Inject
    private Clock clock;

    private volatile Instant reachableCheckedAt = Instant.MIN;
    private volatile boolean reachable;

    public Optional<DirectoryConfig> config() {
        return environment.directory();
    }

    public boolean enabled() {
        return config().isPresent();
    }

    /**
     * Whether the directory accepts PSMM's service account now. Only a yes is remembered (for a few
     * seconds): a remembered no would keep telling users "cannot be reached" after it came back.
     */
    public boolean reachable() {
        Instant now = clock.instant();
        if (reachable && !now.isBefore(reachableCheckedAt) && now.isBefore(reachableCheckedAt.plus(REACHABLE_FOR))) {
            return true;
        }
        boolean ok;
        try (LDAPConnection c = connect(config().orElseThrow())) {
            ok = c.isConnected();
        } catch (PsmmException e) {
            ok = false;
        }
        reachable = ok;
        reachableCheckedAt = now;
        return ok;
    }

    /**
     * @throws PsmmException UNAVAILABLE when the directory cannot be reached or refuses PSMM's
     *         account, NOT_FOUND when it has no such user
     */
    public DirectoryLookup lookup(String username) {
        DirectoryConfig c = config().orElseThrow(() -> PsmmException.conflict("No directory is configured (PSMM_LDAP_URL)"));
        if (username == null || username.isBlank()) {
            throw PsmmException.invalid("username", "a user name is required");
        }
        String name = username.strip();
        long started = System.nanoTime();
        try (LDAPConnection conn = connect(c)) {
            SearchResult users = conn.search(c.userBase(), SearchScope.SUB, Filter.createEqualityFilter(c.userAttribute(), name),
                    "displayName", "cn", "mail");
            if (users.getEntryCount() == 0) {
                throw PsmmException.notFound("The directory has no user whose " + c.userAttribute() + " is '" + name + "'");
            }
            SearchResultEntry user = users.getSearchEntries().get(0);
            String filter = c.groupSearchFilter().replace("{0}", Filter.encodeValue(name)).replace("{1}", Filter.encodeValue(user.getDN()));
            SearchResult groupResult = conn.search(c.groupBase(), SearchScope.SUB, filter, "cn");
            List<String> groups = groupResult.getSearchEntries().stream().map(e -> e.getAttributeValue("cn")).sorted().toList();
            String displayName = Optional.ofNullable(user.getAttributeValue("displayName")).orElse(user.getAttributeValue("cn"));
            return new DirectoryLookup(name, user.getDN(), displayName, user.getAttributeValue("mail"), groups,
                    c.roleOf(groups).orElse(null), (System.nanoTime() - started) / 1_000_000);
        } catch (LDAPException e) {
            throw unavailable(c, e);
        }
    }

    /** What a directory user's row shows, if the directory answers now; empty if it does not. */
    public Optional<SignInGuard.Directory> profile(String username) {
        try {
            DirectoryLookup l = lookup(username);
            return Optional.of(new SignInGuard.Directory(l.displayName(), l.email()));
        } catch (PsmmException e) {
            return Optional.empty();
        }
    }

    private LDAPConnection connect(DirectoryConfig c) {
        LDAPConnectionOptions options = new LDAPConnectionOptions();
        options.setConnectTimeoutMillis(3000);
        options.setResponseTimeoutMillis(5000);
        options.setFollowReferrals(false);
        try {
            SocketFactory sockets = SocketFactory.getDefault();
            if (c.ldaps()) {
                SSLUtil ssl = c.caFile().isPresent() ? new SSLUtil(new PEMFileTrustManager(c.caFile().get().toFile()))
                        : new SSLUtil(JVMDefaultTrustManager.getInstance());
                ssl.setEnabledSSLProtocols(List.of("TLSv1.3", "TLSv1.2"));
                sockets = ssl.createSSLSocketFactory();
                options.setSSLSocketVerifier(new HostNameSSLSocketVerifier(true));
            }
            LDAPConnection conn = new LDAPConnection(sockets, options, c.host(), c.port());
            if (c.bindDn() != null) {
                try {
                    conn.bind(c.bindDn(), environment.directoryBindPassword().orElse(""));
                } catch (LDAPException e) {
                    conn.close();
                    throw e;
                }
            }
            return conn;
        } catch (LDAPException e) {
            throw unavailable(c, e);
        } catch (GeneralSecurityException e) {
            throw new PsmmException(PsmmException.Kind.UNAVAILABLE, "PSMM cannot set up TLS to the directory: " + e.getMessage());
        }
    }

    private static PsmmException unavailable(DirectoryConfig c, LDAPException e) {
        ResultCode code = e.getResultCode();
        String where = c.url().toString();
        String message;
        if (code == ResultCode.INVALID_CREDENTIALS) {
            message = "The directory " + where + " refused PSMM's service account: check PSMM_LDAP_BIND_DN and PSMM_LDAP_BIND_PASSWORD";
        } else if (code == ResultCode.CONNECT_ERROR || code == ResultCode.SERVER_DOWN || code == ResultCode.TIMEOUT) {
            message = "The directory " + where + " cannot be reached: " + e.getResultCode().getName();
        } else {
            message = "The directory " + where + " answered: " + code.getName() + " (" + e.getDiagnosticMessage() + ")";
        }
        LOG.fine(message);
        return new PsmmException(PsmmException.Kind.UNAVAILABLE, message);
    }
}
