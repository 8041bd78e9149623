package org.psmm.advisory;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.psmm.core.advisory.Product;

/**
 * Which advisories concern which hosts: an advisory whose title names a product (ProductPackages)
 * concerns each host that has one of the product's packages installed, at the version seen then.
 * A later inventory that finds another version, or none, marks the host updated for it. Each
 * advisory keeps the count of hosts still exposed, so pages sort exposed advisories first.
 * Always inside the caller's transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AdvisoryExposures {

    @PersistenceContext(unitName = "psmm")
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Marks a new or changed advisory against every host's stored packages. */
    public void markAdvisory(Advisory advisory) {
        List<Product> products = advisory.namedProducts();
        if (products.isEmpty()) {
            return;
        }
        List<String> names = em.createQuery("SELECT DISTINCT p.name FROM HostPackage p", String.class).getResultList();
        List<String> carried = names.stream().filter(n -> products.stream().anyMatch(p -> p.carriedBy(n))).toList();
        if (carried.isEmpty()) {
            return;
        }
        Set<String> known = new HashSet<>();
        for (AdvisoryExposure e : exposuresOf(advisory.getId())) {
            known.add(e.getHostId() + "|" + e.getPackageName());
        }
        Instant now = clock.instant();
        for (HostPackage p : em.createQuery("SELECT p FROM HostPackage p WHERE p.name IN :n", HostPackage.class)
                .setParameter("n", carried).getResultList()) {
            if (known.add(p.getHostId() + "|" + p.getName())) {
                em.persist(new AdvisoryExposure(advisory.getId(), p.getHostId(), p.getName(), p.getVersion(), now));
            }
        }
        em.flush();
        recount(List.of(advisory.getId()));
    }

    /** After a host's inventory: its exposures follow its packages, and advisories it now matches mark it. */
    public void refreshHost(long hostId, Map<String, String> installed) {
        Instant now = clock.instant();
        Set<Long> touched = new HashSet<>();
        Set<String> known = new HashSet<>();
        for (AdvisoryExposure e : em.createQuery("SELECT e FROM AdvisoryExposure e WHERE e.hostId = :h",
                AdvisoryExposure.class).setParameter("h", hostId).getResultList()) {
            known.add(e.getAdvisoryId() + "|" + e.getPackageName());
            if (e.seen(installed.get(e.getPackageName()), now)) {
                touched.add(e.getAdvisoryId());
            }
        }
        Map<String, List<String>> carriedByProduct = new HashMap<>();
        for (Advisory a : em.createQuery("SELECT a FROM Advisory a WHERE a.products IS NOT NULL", Advisory.class)
                .getResultList()) {
            for (Product p : a.namedProducts()) {
                List<String> carried = carriedByProduct.computeIfAbsent(p.name(),
                        n -> installed.keySet().stream().filter(p::carriedBy).sorted().toList());
                for (String pkg : carried) {
                    if (known.add(a.getId() + "|" + pkg)) {
                        em.persist(new AdvisoryExposure(a.getId(), hostId, pkg, installed.get(pkg), now));
                        touched.add(a.getId());
                    }
                }
            }
        }
        em.flush();
        recount(touched);
    }

    public List<AdvisoryExposure> exposuresOf(long advisoryId) {
        return em.createQuery("SELECT e FROM AdvisoryExposure e WHERE e.advisoryId = :a ORDER BY e.hostId, e.packageName",
                AdvisoryExposure.class).setParameter("a", advisoryId).getResultList();
    }

    /** The exposures of several advisories at once, by advisory. */
    public Map<Long, List<AdvisoryExposure>> exposuresOf(Collection<Long> advisoryIds) {
        Map<Long, List<AdvisoryExposure>> out = new HashMap<>();
        if (advisoryIds.isEmpty()) {
            return out;
        }
        for (AdvisoryExposure e : em.createQuery("SELECT e FROM AdvisoryExposure e WHERE e.advisoryId IN :a"
                + " ORDER BY e.hostId, e.packageName", AdvisoryExposure.class).setParameter("a", advisoryIds).getResultList()) {
            out.computeIfAbsent(e.getAdvisoryId(), k -> new ArrayList<>()).add(e);
        }
        return out;
    }

    private void recount(Collection<Long> advisoryIds) {
        if (advisoryIds.isEmpty()) {
            return;
        }
        for (Long id : advisoryIds) {
            em.createNativeQuery("UPDATE advisory SET exposed_hosts = (SELECT COUNT(DISTINCT e.host_id)"
                            + " FROM advisory_exposure e WHERE e.advisory_id = ?1 AND e.updated = FALSE) WHERE id = ?1")
                    .setParameter(1, id).executeUpdate();
        }
    }
}
