package org.psmm.metrics;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.psmm.alert.HostReading;
import org.psmm.core.metrics.DiskUsage;
import org.psmm.host.HostService;

/** Stores one poll cycle's readings in one transaction: samples, last poll, last contact. */
@Stateless
public class MetricsRecorder {

    @PersistenceContext(unitName = "psmm")
    private EntityManager em;

    @EJB
    private HostService hosts;

    @EJB
    private org.psmm.session.SessionService sessions;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(List<HostReading> readings) {
        for (HostReading r : readings) {
            if (em.find(org.psmm.host.Host.class, r.hostId()) == null) {
                continue; // deleted while it was polled
            }
            HostPoll poll = em.find(HostPoll.class, r.hostId());
            boolean first = poll == null;
            if (first) {
                poll = new HostPoll(r.hostId());
            }
            if (r.succeeded()) {
                em.persist(new MetricSample(r.hostId(), r.at(), r.cpuPercent(), r.metrics()));
                for (DiskUsage d : r.metrics().disks()) {
                    em.persist(new DiskSample(r.hostId(), r.at(), d));
                }
                sessions.store(r.hostId(), r.hostName(), r.at(), r.metrics(),
                        r.top() == null ? new org.psmm.core.process.TopProcesses.Top(List.of(), List.of()) : r.top(),
                        r.logoffs());
                poll.succeeded(r.at());
                hosts.recordContact(r.hostId(), r.at());
            } else {
                poll.failed(r.at(), r.errorKind(), r.error());
            }
            if (first) {
                em.persist(poll); // filled first: the insert carries the state at persist
            }
        }
    }
}
