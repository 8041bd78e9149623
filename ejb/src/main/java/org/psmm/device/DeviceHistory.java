package org.psmm.device;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** Reads what polls stored: samples of a device, of its interfaces and resources; its events. */
@Stateless
public class DeviceHistory {

    @PersistenceContext(unitName = "psmm")
    private EntityManager em;

    @Inject
    private Clock clock;

    public List<DeviceSample> samples(long deviceId, Duration last) {
        return em.createQuery("SELECT s FROM DeviceSample s WHERE s.deviceId = :d AND s.takenAt >= :since ORDER BY s.takenAt",
                DeviceSample.class).setParameter("d", deviceId).setParameter("since", clock.instant().minus(last)).getResultList();
    }

    /** Samples of every interface of a device (or of one, when {@code interfaceId} is given), by time. */
    public List<InterfaceSample> interfaceSamples(long deviceId, Long interfaceId, Duration last) {
        String q = "SELECT s FROM InterfaceSample s WHERE s.takenAt >= :since AND s.interfaceId IN"
                + " (SELECT i.id FROM DeviceInterface i WHERE i.deviceId = :d)"
                + (interfaceId == null ? "" : " AND s.interfaceId = :i") + " ORDER BY s.takenAt, s.interfaceId";
        var query = em.createQuery(q, InterfaceSample.class).setParameter("d", deviceId)
                .setParameter("since", clock.instant().minus(last));
        if (interfaceId != null) {
            query.setParameter("i", interfaceId);
        }
        return query.getResultList();
    }

    public List<ResourceSample> resourceSamples(long deviceId, Duration last) {
        return em.createQuery("SELECT s FROM ResourceSample s WHERE s.deviceId = :d AND s.takenAt >= :since"
                + " ORDER BY s.takenAt, s.kind, s.hrIndex", ResourceSample.class).setParameter("d", deviceId)
                .setParameter("since", clock.instant().minus(last)).getResultList();
    }

    public List<DeviceResource> resources(long deviceId) {
        return em.createQuery("SELECT r FROM DeviceResource r WHERE r.deviceId = :d ORDER BY r.kind, r.hrIndex",
                DeviceResource.class).setParameter("d", deviceId).getResultList();
    }

    /** The newest events of a device. */
    public List<DeviceEvent> events(long deviceId, int max) {
        return em.createQuery("SELECT e FROM DeviceEvent e WHERE e.deviceId = :d ORDER BY e.at DESC, e.id DESC", DeviceEvent.class)
                .setParameter("d", deviceId).setMaxResults(max).getResultList();
    }
}
