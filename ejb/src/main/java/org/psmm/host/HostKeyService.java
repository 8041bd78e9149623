package org.psmm.host;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import org.psmm.core.ssh.HostKeyPin;
import org.psmm.core.ssh.SshException;
import org.psmm.ssh.SshConnections;
import jakarta.annotation.security.RolesAllowed;
import org.psmm.security.PsmmRole;
import org.psmm.audit.AuditKind;
import org.psmm.audit.AuditTrail;

/**
 * Trust on confirmation: PSMM shows the key a host presents, and pins it only when an admin
 * confirms that exact fingerprint (read on the console of the server, or from its installer).
 */
@Stateless
public class HostKeyService {

    @EJB
    private HostService hosts;

    @EJB
    private HostEvents events;

    @EJB
    private SshConnections ssh;

    @Inject
    private Clock clock;

    @EJB
    private AuditTrail audit;

    @RolesAllowed({PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public ScannedHostKey scan(long hostId) throws SshException {
        Host host = hosts.get(hostId);
        HostKeyPin presented = ssh.client().scanHostKey(host.getAddress(), host.getSshPort());
        return new ScannedHostKey(presented.keyType(), presented.fingerprint(), presented.toOpenSsh());
    }

    /** Pins the key the host presents now if its fingerprint is the one the admin confirmed. */
    @RolesAllowed({PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public Host confirm(long hostId, String confirmedFingerprint) throws SshException {
        Host host = hosts.get(hostId);
        HostKeyPin presented = ssh.client().scanHostKey(host.getAddress(), host.getSshPort());
        String confirmed = confirmedFingerprint == null ? "" : confirmedFingerprint.trim();
        if (!presented.fingerprint().equals(confirmed)) {
            throw new HostKeyNotConfirmedException(host.getName(), confirmed, presented.fingerprint());
        }
        host.pinHostKey(presented.toOpenSsh(), presented.fingerprint(), clock.instant());
        events.record(hostId, HostEventKind.HOST_KEY_PINNED, "SSH host key " + presented.keyType() + " "
                + presented.fingerprint() + " confirmed");
        audit.record(AuditKind.HOST_KEY_CONFIRMED, host.getName(), presented.keyType() + " " + presented.fingerprint());
        return host;
    }
}
