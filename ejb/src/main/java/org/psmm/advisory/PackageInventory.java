package org.psmm.advisory;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.psmm.core.advisory.DpkgPackages;
import org.psmm.core.ssh.CommandOutput;
import org.psmm.core.ssh.SshException;
import org.psmm.host.Host;
import org.psmm.host.HostKeyNotPinnedException;
import org.psmm.ssh.SshConnections;

/**
 * Lists each host's installed packages over SSH with {@code dpkg-query -W} (fixed words, no sudo:
 * dpkg's database is world-readable) and stores them through {@link InventoryRecorder}. No
 * transaction is held while the command runs. Daily, after every update run, and on request.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PackageInventory {

    private static final Logger LOG = Logger.getLogger(PackageInventory.class.getName());
    private static final int MAX_OUTPUT = 16 << 20;
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    @PersistenceContext(unitName = "psmm")
    private EntityManager em;

    @EJB
    private SshConnections ssh;

    @EJB
    private InventoryRecorder recorder;

    /** Every enabled host whose key is confirmed, one after the other. */
    public List<InventoryOutcome> refreshAll() {
        List<Host> hosts = em.createQuery("SELECT h FROM Host h WHERE h.enabled = true AND h.hostKey IS NOT NULL"
                + " ORDER BY h.name", Host.class).getResultList();
        List<InventoryOutcome> out = new ArrayList<>();
        for (Host h : hosts) {
            out.add(refresh(h));
        }
        return out;
    }

    /** One host, e.g. after its update run. */
    public InventoryOutcome refresh(long hostId) {
        Host h = em.find(Host.class, hostId);
        if (h == null) {
            return new InventoryOutcome(hostId, "#" + hostId, 0, 0, "no such host");
        }
        return refresh(h);
    }

    private InventoryOutcome refresh(Host host) {
        long hostId = host.getId();
        if (host.isWindows()) { // dpkg: no Windows host has it; say so rather than "command not found"
            return new InventoryOutcome(hostId, host.getName(), 0, 0,
                    host.getOs().linuxOnly("The package inventory (dpkg)", host.getName()));
        }
        String error;
        try {
            CommandOutput out = ssh.client().capture(host.sshTarget(), DpkgPackages.command(), MAX_OUTPUT, TIMEOUT);
            if (out.stdoutTruncated()) {
                error = "dpkg-query printed more than " + (MAX_OUTPUT >> 20) + " MiB";
            } else if (!out.result().succeeded()) {
                error = "dpkg-query failed (exit status " + out.result().exitStatus() + ")";
            } else {
                DpkgPackages.Inventory inventory = DpkgPackages.parse(out.stdoutText());
                recorder.store(hostId, inventory);
                if (inventory.rejected() > 0) {
                    LOG.info(() -> host.getName() + ": " + inventory.rejected() + " line(s) of dpkg-query were no package");
                }
                return new InventoryOutcome(hostId, host.getName(), inventory.packages().size(), inventory.rejected(), null);
            }
        } catch (SshException | HostKeyNotPinnedException e) {
            error = e.getMessage();
        }
        String why = error;
        LOG.info(() -> "package inventory of " + host.getName() + " failed: " + why);
        recorder.failed(hostId, why);
        return new InventoryOutcome(hostId, host.getName(), 0, 0, why);
    }
}
