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

    /** Marks new or changed advisories against every host's stored packages, in a few queries. */
    public void markAdvisories(List<Advisory> advisories) {
        List<Advisory> named = advisories.stream().filter(a -> !a.namedProducts().isEmpty()).toList();
        if (named.isEmpty()) {
            return;
        }
        List<String> names = em.createQuery("SELECT DISTINCT p.name FROM HostPackage p", String.class).getResultList();
        Map<String, List<String>> carriedByProduct = new HashMap<>();
        Map<Long, List<String>> carriedByAdvisory = new HashMap<>();
        Set<String> allCarried = new HashSet<>();
        for (Advisory a : named) {
            List<String> carried = new ArrayList<>();
            for (Product p : a.namedProducts()) {
                carried.addAll(carriedByProduct.computeIfAbsent(p.name(),
                        n -> names.stream().filter(p::carriedBy).toList()));
            }
            if (!carried.isEmpty()) {
                carriedByAdvisory.put(a.getId(), carried);
                allCarried.addAll(carried);
            }
        }
        if (allCarried.isEmpty()) {
            return;
        }
        Map<String, List<HostPackage>> installed = new HashMap<>();
        for (HostPackage p : em.createQuery("SELECT p FROM HostPackage p WHERE p.name IN :n", HostPackage.class)
                .setParameter("n", allCarried).getResultList()) {
            installed.computeIfAbsent(p.getName(), k -> new ArrayList<>()).add(p);
        }
        Set<String> known = new HashSet<>();
        exposuresOf(carriedByAdvisory.keySet()).forEach((id, list) -> list.forEach(e -> known.add(id + "|"
                + e.getHostId() + "|" + e.getPackageName())));
        Instant now = clock.instant();
        carriedByAdvisory.forEach((id, carried) -> {
            for (String pkg : carried) {
                for (HostPackage p : installed.getOrDefault(pkg, List.of())) {
                    if (known.add(id + "|" + p.getHostId() + "|" + pkg)) {
                        em.persist(new AdvisoryExposure(id, p.getHostId(), pkg, p.getVersion(), now));
                    }
                }
            }
        });
        em.flush();
        recountNamed();
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
        if (!touched.isEmpty()) {
            recountNamed();
        }
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

    /** Every advisory that names a product counts its exposed hosts again: one statement. */
    private void recountNamed() {
        em.createNativeQuery("UPDATE advisory a SET exposed_hosts = (SELECT COUNT(DISTINCT e.host_id)"
                + " FROM advisory_exposure e WHERE e.advisory_id = a.id AND e.updated = FALSE)"
                + " WHERE a.products IS NOT NULL").executeUpdate();
    }
}
