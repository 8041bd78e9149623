package org.psmm.advisory;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.psmm.host.Host;
import org.psmm.security.PsmmRole;

/**
 * Reads advisories for the page and the API: filtered, exposed ones first then newest first, a
 * page at a time; the feeds' status; and each user's last visit for "new since your last visit".
 */
@Stateless
@RolesAllowed({PsmmRole.VIEWER, PsmmRole.OPERATOR, PsmmRole.ADMIN})
public class AdvisoryQuery {

    public static final int MAX_PAGE_SIZE = 200;

    @PersistenceContext(unitName = "psmm")
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private AdvisoryExposures exposures;

    public AdvisoryList find(AdvisoryFilter filter, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, params);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM Advisory a" + where, Long.class);
        TypedQuery<Advisory> rows = em.createQuery("SELECT a FROM Advisory a" + where
                + " ORDER BY CASE WHEN a.exposedHosts > 0 THEN 0 ELSE 1 END, a.publishedAt DESC, a.id DESC", Advisory.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            rows.setParameter(k, v);
        });
        List<Advisory> found = rows.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new AdvisoryList(count.getSingleResult(), page, size, rows(found));
    }

    public Optional<AdvisoryRow> byReference(String reference) {
        return em.createQuery("SELECT a FROM Advisory a WHERE a.reference = :r", Advisory.class)
                .setParameter("r", reference).getResultList().stream().findFirst().map(a -> rows(List.of(a)).get(0));
    }

    private static String where(AdvisoryFilter f, Map<String, Object> params) {
        List<String> terms = new ArrayList<>();
        if (f.text() != null && !f.text().isBlank()) {
            String like = "%" + f.text().strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%";
            terms.add("(LOWER(a.reference) LIKE :text ESCAPE '\\' OR LOWER(a.title) LIKE :text ESCAPE '\\'"
                    + " OR LOWER(a.summary) LIKE :text ESCAPE '\\')");
            params.put("text", like);
        }
        if (f.kind() != null) {
            terms.add("a.kind = :kind");
            params.put("kind", f.kind());
        }
        if (f.from() != null) {
            terms.add("a.publishedAt >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            terms.add("a.publishedAt < :to");
            params.put("to", f.to());
        }
        if (f.exposed() != null) {
            terms.add(f.exposed() ? "a.exposedHosts > 0" : "a.exposedHosts = 0");
        }
        if (f.newSince() != null) {
            terms.add("a.firstSeenAt > :since");
            params.put("since", f.newSince());
        }
        return terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms);
    }

    private List<AdvisoryRow> rows(List<Advisory> advisories) {
        Map<Long, List<AdvisoryExposure>> byAdvisory = exposures.exposuresOf(advisories.stream().map(Advisory::getId).toList());
        Map<Long, String> names = new HashMap<>();
        if (!byAdvisory.isEmpty()) {
            for (Host h : em.createQuery("SELECT h FROM Host h", Host.class).getResultList()) {
                names.put(h.getId(), h.getName());
            }
        }
        List<AdvisoryRow> out = new ArrayList<>();
        for (Advisory a : advisories) {
            List<AdvisoryRow.ExposedHost> hosts = byAdvisory.getOrDefault(a.getId(), List.of()).stream()
                    .map(e -> new AdvisoryRow.ExposedHost(e.getHostId(), names.getOrDefault(e.getHostId(), "#" + e.getHostId()),
                            e.getPackageName(), e.getVersion(), e.getCurrentVersion(), e.isUpdated()))
                    .toList();
            out.add(new AdvisoryRow(a.getId(), a.getReference(), a.getKind(), a.getTitle(), a.getSummary(), a.getLink(),
                    a.getPublishedAt(), a.isUpdated(), a.getFirstSeenAt(), a.getExposedHosts(), hosts));
        }
        return out;
    }

    /** Every feed PSMM has tried, with its last success and last error. */
    public List<AdvisoryFeed> feeds() {
        return em.createQuery("SELECT f FROM AdvisoryFeed f ORDER BY f.url", AdvisoryFeed.class).getResultList();
    }

    /** The user's previous visit (empty on the first), and this one remembered. */
    public Optional<Instant> visit(String username) {
        AdvisoryVisit v = em.find(AdvisoryVisit.class, username);
        Instant now = clock.instant();
        if (v == null) {
            em.persist(new AdvisoryVisit(username, now));
            return Optional.empty();
        }
        Instant before = v.getVisitedAt();
        v.visited(now);
        return Optional.of(before);
    }
}
