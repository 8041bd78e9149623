package org.psmm.host;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Adds, changes, lists and removes hosts. Names are unique, compared as typed after trimming. */
@Stateless
public class HostService {

    @PersistenceContext(unitName = "psmm")
    private EntityManager em;

    @Inject
    private Clock clock;

    public List<Host> list() {
        return em.createQuery("SELECT h FROM Host h ORDER BY h.name", Host.class).getResultList();
    }

    /** The host of exactly this name (the column's collation ignores case; names here do not). */
    public Optional<Host> byName(String name) {
        return em.createQuery("SELECT h FROM Host h WHERE h.name = :n", Host.class).setParameter("n", name)
                .getResultList().stream().filter(h -> h.getName().equals(name)).findFirst();
    }

    public long count() {
        return em.createQuery("SELECT COUNT(h) FROM Host h", Long.class).getSingleResult();
    }

    public Host get(long id) {
        Host host = em.find(Host.class, id);
        if (host == null) {
            throw new HostNotFoundException(id);
        }
        return host;
    }

    public Host create(@NotNull @Valid HostForm form) {
        requireFreeName(form.getName().trim(), null);
        Host host = new Host(form, clock.instant());
        em.persist(host);
        em.flush();
        return host;
    }

    public Host update(long id, @NotNull @Valid HostForm form) {
        Host host = get(id);
        requireFreeName(form.getName().trim(), id);
        host.apply(form, clock.instant());
        em.flush();
        return host;
    }

    /** A command ran on the host: its last contact, for "down when silent for 30 min". */
    public void recordContact(long hostId, Instant at) {
        Host host = em.find(Host.class, hostId);
        if (host != null && (host.getLastContactAt() == null || at.isAfter(host.getLastContactAt()))) {
            host.recordContact(at);
        }
    }

    public void delete(long id) {
        em.remove(get(id));
    }

    // The unique index stays the last word (two admins adding the same name at once); this
    // check gives the common case a clear answer instead of a constraint violation.
    private void requireFreeName(String name, Long exceptId) {
        List<Long> ids = em.createQuery("SELECT h.id FROM Host h WHERE h.name = :name", Long.class)
                .setParameter("name", name)
                .getResultList();
        if (ids.stream().anyMatch(found -> !found.equals(exceptId))) {
            throw new DuplicateHostNameException(name);
        }
    }
}
