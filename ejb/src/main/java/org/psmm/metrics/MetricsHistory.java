package org.psmm.metrics;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads stored samples: a host's history over the last hours, and each host's latest state. */
@Stateless
public class MetricsHistory {

    @PersistenceContext(unitName = "psmm")
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Each host's latest sample time: one entry per host read from ix_metric_sample_host_time. */
    private static final String LATEST = "(SELECT host_id, MAX(taken_at) AS at FROM metric_sample GROUP BY host_id) m";

    public List<MetricSample> samples(long hostId, Duration last) {
        return em.createQuery("SELECT s FROM MetricSample s WHERE s.hostId = :host AND s.takenAt >= :since"
                        + " ORDER BY s.takenAt", MetricSample.class)
                .setParameter("host", hostId)
                .setParameter("since", clock.instant().minus(last))
                .getResultList();
    }

    public List<DiskSample> disks(long hostId, Duration last) {
        return em.createQuery("SELECT d FROM DiskSample d WHERE d.hostId = :host AND d.takenAt >= :since"
                        + " ORDER BY d.takenAt, d.mount", DiskSample.class)
                .setParameter("host", hostId)
                .setParameter("since", clock.instant().minus(last))
                .getResultList();
    }

    /**
     * Every host's latest sample, in one query (the dashboard shows them all: one query per host
     * was 150 round trips and transactions for 50 hosts). The inner GROUP BY reads one entry per
     * host from ix_metric_sample_host_time.
     */
    public Map<Long, MetricSample> latestByHost() {
        Map<Long, MetricSample> out = new HashMap<>();
        // Native: JPQL in strict mode has no row values, and the derived table is what MariaDB runs fast.
        List<?> rows = em.createNativeQuery("SELECT s.* FROM metric_sample s JOIN " + LATEST
                + " ON m.host_id = s.host_id AND m.at = s.taken_at", MetricSample.class).getResultList();
        rows.forEach(r -> out.putIfAbsent(((MetricSample) r).getHostId(), (MetricSample) r));
        return out;
    }

    /** Every host's disks at its latest sample time (the time of {@link #latestByHost}'s sample). */
    public Map<Long, List<DiskSample>> latestDisksByHost() {
        Map<Long, List<DiskSample>> out = new HashMap<>();
        List<?> rows = em.createNativeQuery("SELECT d.* FROM disk_sample d JOIN " + LATEST
                + " ON m.host_id = d.host_id AND m.at = d.taken_at ORDER BY d.mount", DiskSample.class).getResultList();
        rows.forEach(r -> out.computeIfAbsent(((DiskSample) r).getHostId(), k -> new java.util.ArrayList<>()).add((DiskSample) r));
        return out;
    }

    public Map<Long, HostPoll> polls() {
        Map<Long, HostPoll> out = new HashMap<>();
        em.createQuery("SELECT p FROM HostPoll p", HostPoll.class).getResultList().forEach(p -> out.put(p.getHostId(), p));
        return out;
    }

    public Optional<HostPoll> poll(long hostId) {
        return Optional.ofNullable(em.find(HostPoll.class, hostId));
    }

    public long count(Instant before) {
        return em.createQuery("SELECT COUNT(s) FROM MetricSample s WHERE s.takenAt < :before", Long.class)
                .setParameter("before", before)
                .getSingleResult();
    }
}
