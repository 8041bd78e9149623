package org.psmm.host;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/** Records host events in their own transaction: a refused connection must not roll them back. */
@Stateless
public class HostEvents {

    @PersistenceContext(unitName = "psmm")
    private EntityManager em;

    @Inject
    private Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(long hostId, HostEventKind kind, String message) {
        em.persist(new HostEvent(hostId, kind, message, clock.instant()));
    }

    public List<HostEvent> latest(long hostId, int max) {
        return em.createQuery("SELECT e FROM HostEvent e WHERE e.hostId = :host ORDER BY e.occurredAt DESC, e.id DESC",
                        HostEvent.class)
                .setParameter("host", hostId)
                .setMaxResults(max)
                .getResultList();
    }
}
