package org.psmm.ssh;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import org.psmm.config.ServerEnvironment;
import org.psmm.core.ssh.SshClient;
import org.psmm.core.ssh.SshIdentity;
import org.psmm.core.ssh.SshSettings;

/**
 * Holds PSMM's SSH identity and the one SshClient of the server, so sessions to a host are
 * shared by every feature (checks, log collection, metrics). The key pair is made on the first
 * start under PSMM_SSH_KEY_DIR (0600), and its fingerprint, never the key, goes to the log.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SshConnections {

    private static final Logger LOG = Logger.getLogger(SshConnections.class.getName());

    @Inject
    private ServerEnvironment environment;

    @Inject
    private Clock clock;

    @Resource
    private ManagedThreadFactory threadFactory;

    private SshIdentity identity;
    private SshClient client;

    @PostConstruct
    void open() {
        try {
            identity = SshIdentity.loadOrCreate(environment.sshKeyDirectory());
            SshSettings settings = SshSettings.defaults()
                    .withConnectTimeout(environment.sshConnectTimeout())
                    .withCommandTimeout(environment.sshCommandTimeout())
                    // Longer than the 5-minute poll and collection cycles, so they reuse sessions.
                    .withIdleTimeout(Duration.ofMinutes(11));
            client = new SshClient(identity, settings, threadFactory, clock);
        } catch (IOException e) {
            throw new UncheckedIOException("PSMM's SSH key in " + environment.sshKeyDirectory()
                    + " cannot be read or created: " + e.getMessage(), e);
        }
        LOG.info(() -> "SSH identity " + identity.keyType() + " " + identity.fingerprint() + " from "
                + identity.privateKeyFile());
    }

    @PreDestroy
    void close() {
        if (client != null) {
            client.close();
        }
    }

    public SshIdentity identity() {
        return identity;
    }

    public SshClient client() {
        return client;
    }
}
