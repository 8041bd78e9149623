package org.psmm.update;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.psmm.error.PsmmException;
import org.psmm.host.Host;
import org.psmm.host.HostNotFoundException;
import jakarta.annotation.security.RolesAllowed;
import org.psmm.security.PsmmRole;
import org.psmm.audit.AuditKind;
import org.psmm.audit.AuditTrail;
import org.psmm.secret.StoredSecrets;
import jakarta.inject.Inject;

/**
 * System updates: starts runs (one host, or every enabled host with a confirmed key), lists
 * them, and keeps each host's apt options and each site's captive portal.
 */
@Stateless
public class UpdateService {

    private static final Logger LOG = Logger.getLogger(UpdateService.class.getName());

    @EJB
    private AuditTrail audit;

    @Inject
    private StoredSecrets secrets;

    @PersistenceContext(unitName = "psmm")
    private EntityManager em;

    @EJB
    private UpdateRecorder recorder;

    @EJB
    private UpdateRunner runner;

    /**
     * Queues an update of one host and starts it in the background.
     *
     * @return the run's id, to follow it
     * @throws UpdateConflictException if the host already has one queued or running
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long updateHost(long hostId, String requestedBy) {
        Host host = em.find(Host.class, hostId);
        if (host != null && host.isWindows()) { // apt: refused up front, not a run failing on "apt-get: not found"
            throw PsmmException.conflict(host.getOs().linuxOnly("System updates (apt)", host.getName()));
        }
        long runId = recorder.queue(hostId, requestedBy); // committed before the runner looks for it
        audit.record(AuditKind.UPDATE_STARTED, "host #" + hostId, "run " + runId);
        runner.run(runId);
        LOG.info(() -> "update run " + runId + " of host " + hostId + " started by " + requestedBy);
        return runId;
    }

    /** Updates every enabled host whose key is confirmed, skipping those already updating. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<Long> updateAll(String requestedBy) {
        List<Long> runs = new ArrayList<>();
        List<Host> hosts = em.createQuery("SELECT h FROM Host h WHERE h.enabled = true AND h.hostKey IS NOT NULL"
                + " ORDER BY h.name", Host.class).getResultList();
        for (Host host : hosts) {
            if (host.isWindows()) {
                LOG.info(() -> "update of " + host.getName() + " skipped: " + host.getOs().linuxOnly("System updates (apt)",
                        host.getName()));
                continue;
            }
            try {
                runs.add(updateHost(host.getId(), requestedBy));
            } catch (UpdateConflictException | HostNotFoundException e) {
                LOG.info(() -> "update of " + host.getName() + " skipped: " + e.getMessage());
            }
        }
        return runs;
    }

    /** Newest first, optionally of one host. */
    public List<UpdateRun> runs(Long hostId, int max) {
        var q = hostId == null
                ? em.createQuery("SELECT r FROM UpdateRun r ORDER BY r.queuedAt DESC, r.id DESC", UpdateRun.class)
                : em.createQuery("SELECT r FROM UpdateRun r WHERE r.hostId = :h ORDER BY r.queuedAt DESC, r.id DESC",
                        UpdateRun.class).setParameter("h", hostId);
        return q.setMaxResults(max).getResultList();
    }

    public UpdateRun run(long id) {
        return em.find(UpdateRun.class, id);
    }

    /** A host's options; a host without a row gets the defaults (its own apt, no portal). */
    public HostUpdateOptions options(long hostId) {
        HostUpdateOptions o = em.find(HostUpdateOptions.class, hostId);
        return o != null ? o : new HostUpdateOptions(hostId);
    }

    @RolesAllowed(PsmmRole.ADMIN)
    public HostUpdateOptions changeOptions(long hostId, String aptConfig, String rootPrefix, boolean viaPortal) {
        if (em.find(Host.class, hostId) == null) {
            throw new HostNotFoundException(hostId);
        }
        String conf = absolutePathOrNull(aptConfig, "APT config");
        String prefix = absolutePathOrNull(rootPrefix, "root prefix");
        HostUpdateOptions o = em.find(HostUpdateOptions.class, hostId);
        if (o == null) {
            o = new HostUpdateOptions(hostId);
            em.persist(o);
        }
        o.change(conf, prefix, viaPortal);
        audit.record(AuditKind.UPDATE_OPTIONS_CHANGED, "host #" + hostId, "APT config " + conf + ", root prefix " + prefix
                + ", via portal " + viaPortal);
        return o;
    }

    public List<PortalView> portals() {
        return em.createQuery("SELECT p FROM CaptivePortal p ORDER BY p.site", CaptivePortal.class).getResultList()
                .stream().map(p -> p.view(secrets)).toList();
    }

    /** Creates or changes a site's portal; an empty password keeps the stored one. */
    @RolesAllowed(PsmmRole.ADMIN)
    public PortalView savePortal(@NotNull @Valid PortalForm form) {
        String site = form.site() == null ? "" : form.site().strip();
        CaptivePortal portal = em.find(CaptivePortal.class, site);
        boolean fresh = portal == null;
        if (fresh) {
            portal = new CaptivePortal(site);
        }
        portal.change(form, secrets);
        if (!portal.hasReadablePassword(secrets)) {
            throw new InvalidUpdateOptionException("a new captive portal needs its password");
        }
        if (fresh) {
            em.persist(portal);
        }
        audit.record(AuditKind.PORTAL_SAVED, site.isEmpty() ? "(no site)" : site, fresh ? "new" : "changed");
        return portal.view(secrets);
    }

    @RolesAllowed(PsmmRole.ADMIN)
    public void deletePortal(String site) {
        CaptivePortal portal = em.find(CaptivePortal.class, site == null ? "" : site.strip());
        if (portal != null) {
            em.remove(portal);
            audit.record(AuditKind.PORTAL_DELETED, site == null || site.isBlank() ? "(no site)" : site.strip(), null);
        }
    }

    private static String absolutePathOrNull(String value, String what) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            return null;
        }
        if (!v.startsWith("/") || v.length() > 1024 || v.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new InvalidUpdateOptionException("the " + what + " must be an absolute path on the host");
        }
        return v;
    }
}
