package org.psmm.advisory;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.psmm.core.advisory.DpkgPackages;
import org.psmm.core.advisory.InstalledPackage;
import org.psmm.host.Host;

/**
 * Stores a host's inventory in a transaction of its own: its package rows become what dpkg
 * listed (only the differences are written), and its exposures follow.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class InventoryRecorder {

    @PersistenceContext(unitName = "psmm")
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private AdvisoryExposures exposures;

    /** @return false if the host was deleted meanwhile */
    public boolean store(long hostId, DpkgPackages.Inventory inventory) {
        if (em.find(Host.class, hostId) == null) {
            return false;
        }
        Instant now = clock.instant();
        Map<String, String> installed = new HashMap<>();
        for (InstalledPackage p : inventory.packages()) {
            installed.put(p.name(), p.version());
        }
        Map<String, HostPackage> stored = new HashMap<>();
        for (HostPackage p : em.createQuery("SELECT p FROM HostPackage p WHERE p.hostId = :h", HostPackage.class)
                .setParameter("h", hostId).getResultList()) {
            stored.put(p.getName(), p);
        }
        for (HostPackage p : stored.values()) {
            String version = installed.get(p.getName());
            if (version == null) {
                em.remove(p);
            } else if (!version.equals(p.getVersion())) {
                p.version(version);
            }
        }
        installed.forEach((name, version) -> {
            if (!stored.containsKey(name)) {
                em.persist(new HostPackage(hostId, name, version));
            }
        });
        inventoryOf(hostId, now).read(now, installed.size());
        em.flush();
        exposures.refreshHost(hostId, installed);
        return true;
    }

    public void failed(long hostId, String why) {
        if (em.find(Host.class, hostId) != null) {
            Instant now = clock.instant();
            inventoryOf(hostId, now).failed(now, why);
        }
    }

    private HostInventory inventoryOf(long hostId, Instant now) {
        HostInventory i = em.find(HostInventory.class, hostId);
        if (i == null) {
            i = new HostInventory(hostId, now);
            em.persist(i);
        }
        return i;
    }
}
