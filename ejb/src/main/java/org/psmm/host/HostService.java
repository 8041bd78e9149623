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
import jakarta.annotation.security.RolesAllowed;
import org.psmm.security.PsmmRole;
import org.psmm.audit.AuditKind;
import org.psmm.audit.AuditTrail;
import org.psmm.failure.FailureRemoval;
import jakarta.ejb.EJB;

/**
 * Adds, changes, lists and removes hosts. Names are unique, compared as typed after trimming.
 * The host that stands for PSMM itself (builtin) is not a monitored server: it is in no list and
 * cannot be changed; only the failures explorer names it.
 */
@Stateless
public class HostService {

    @PersistenceContext(unitName = "psmm")
    private EntityManager em;

    @EJB
    private FailureRemoval failures;

    @Inject
    private Clock clock;

    @EJB
    private AuditTrail audit;

    /** The monitored hosts, by name. */
    public List<Host> list() {
        // Roles fetched in the same query: an eager collection is otherwise one query per host.
        return em.createQuery("SELECT h FROM Host h LEFT JOIN FETCH h.roles WHERE h.builtin = false ORDER BY h.name", Host.class)
                .getResultList();
    }

    /** The monitored hosts and PSMM's own, for the places that show failed logins. */
    public List<Host> listWithPsmm() {
        return em.createQuery("SELECT h FROM Host h LEFT JOIN FETCH h.roles ORDER BY h.builtin, h.name", Host.class)
                .getResultList();
    }

    /** The monitored host of exactly this name (the column's collation ignores case; names here do not). */
    public Optional<Host> byName(String name) {
        return em.createQuery("SELECT h FROM Host h WHERE h.name = :n AND h.builtin = false", Host.class)
                .setParameter("n", name)
                .getResultList().stream().filter(h -> h.getName().equals(name)).findFirst();
    }

    public long count() {
        return em.createQuery("SELECT COUNT(h) FROM Host h WHERE h.builtin = false", Long.class).getSingleResult();
    }

    /** A monitored host; PSMM's own is not one (no key, no check, no log source to add). */
    public Host get(long id) {
        Host host = em.find(Host.class, id);
        if (host == null || host.isBuiltin()) {
            throw new HostNotFoundException(id);
        }
        return host;
    }

    @RolesAllowed({PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public Host create(@NotNull @Valid HostForm form) {
        requireFreeName(form.getName().trim(), null);
        Host host = new Host(form, clock.instant());
        em.persist(host);
        em.flush();
        audit.record(AuditKind.HOST_CREATED, host.getName(), describe(host));
        return host;
    }

    @RolesAllowed({PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public Host update(long id, @NotNull @Valid HostForm form) {
        Host host = get(id);
        requireFreeName(form.getName().trim(), id);
        String before = describe(host);
        host.apply(form, clock.instant());
        em.flush();
        String after = describe(host);
        audit.record(AuditKind.HOST_CHANGED, host.getName(), before.equals(after) ? "no change" : before + " → " + after);
        return host;
    }

    /** A command ran on the host: its last contact, for "down when silent for 30 min". */
    public void recordContact(long hostId, Instant at) {
        Host host = em.find(Host.class, hostId);
        if (host != null && (host.getLastContactAt() == null || at.isAfter(host.getLastContactAt()))) {
            host.recordContact(at);
        }
    }

    @RolesAllowed({PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public void delete(long id) {
        Host host = get(id);
        failures.host(id);
        em.remove(host);
        audit.record(AuditKind.HOST_DELETED, host.getName(), describe(host));
    }

    /** A host as the audit trail shows it, before and after a change. */
    private static String describe(Host h) {
        return h.getName() + " " + h.getSshUser() + "@" + h.getAddress() + ":" + h.getSshPort() + " roles " + h.getRoles()
                + (h.getSite() == null ? "" : " site " + h.getSite()) + " zone " + h.getTimeZone()
                + (h.isEnabled() ? "" : " disabled");
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
