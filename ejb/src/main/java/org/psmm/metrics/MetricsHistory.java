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

    public Optional<MetricSample> latest(long hostId) {
        return em.createQuery("SELECT s FROM MetricSample s WHERE s.hostId = :host ORDER BY s.takenAt DESC",
                        MetricSample.class)
                .setParameter("host", hostId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** The latest disk samples of a host (those of its latest sample time). */
    public List<DiskSample> latestDisks(long hostId) {
        return latest(hostId).map(s -> em.createQuery(
                        "SELECT d FROM DiskSample d WHERE d.hostId = :host AND d.takenAt = :at ORDER BY d.mount", DiskSample.class)
                .setParameter("host", hostId)
                .setParameter("at", s.getTakenAt())
                .getResultList()).orElse(List.of());
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
