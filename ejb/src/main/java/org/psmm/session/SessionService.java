package org.psmm.session;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.psmm.audit.AuditKind;
import org.psmm.audit.AuditTrail;
import org.psmm.core.metrics.HostMetrics;
import org.psmm.core.process.TopProcesses;
import org.psmm.core.report.LoggedOffSession;
import org.psmm.core.session.LogoffTarget;
import org.psmm.core.session.OpenSession;
import org.psmm.core.ssh.CommandOutput;
import org.psmm.core.ssh.SshException;
import org.psmm.core.ssh.SshTarget;
import org.psmm.error.PsmmException;
import org.psmm.host.Host;
import org.psmm.host.HostOs;
import org.psmm.host.HostService;
import org.psmm.host.SessionPolicy;
import org.psmm.security.PsmmRole;
import org.psmm.ssh.SshConnections;

/**
 * Sessions and processes of the hosts: what the latest poll read, an admin's log-off, the idle
 * policy's settings and log-offs, and the record of them all. A log-off's only input to the host
 * is the session's tty (Windows: its id), validated by {@link LogoffTarget} (pts/N, ttyN; digits) and present in the latest
 * poll's list; the monitor account's own sessions are never logged off.
 */
@Stateless
public class SessionService {

    private static final Logger LOG = Logger.getLogger(SessionService.class.getName());
    /** Who the audit trail names for the policy's log-offs (a timer has no caller). */
    public static final String POLICY_ACTOR = "PSMM (idle policy)";

    @PersistenceContext(unitName = "psmm")
    private EntityManager em;

    @EJB
    private HostService hosts;

    @EJB
    private SshConnections ssh;

    @EJB
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    public HostActivityView activity(long hostId) {
        Host h = hosts.get(hostId);
        HostActivityRecord r = em.find(HostActivityRecord.class, hostId);
        if (r == null) {
            return new HostActivityView(hostId, h.getName(), null, List.of(), List.of(), List.of());
        }
        return new HostActivityView(hostId, h.getName(), r.getTakenAt(), ActivityJson.sessions(r.getSessionsJson()),
                ActivityJson.processes(r.getProcessesJson(), "byCpu"), ActivityJson.processes(r.getProcessesJson(), "byMemory"));
    }

    public SessionPolicy policy(long hostId) {
        return hosts.get(hostId).getSessionPolicy();
    }

    /** The latest log-offs of a host, newest first. */
    public List<SessionLogoff> logoffs(long hostId, int max) {
        hosts.get(hostId);
        return em.createQuery("SELECT l FROM SessionLogoff l WHERE l.hostId = :h ORDER BY l.at DESC, l.id DESC",
                SessionLogoff.class).setParameter("h", hostId).setMaxResults(Math.max(1, Math.min(max, 500))).getResultList();
    }

    /** The log-offs of [from, to), oldest first, for the daily report. */
    public List<LoggedOffSession> logoffsBetween(Instant from, Instant to) {
        return em.createQuery("SELECT l FROM SessionLogoff l WHERE l.at >= :f AND l.at < :t ORDER BY l.at, l.id",
                SessionLogoff.class).setParameter("f", from).setParameter("t", to).setMaxResults(1000).getResultList()
                .stream().map(SessionLogoff::forReport).toList();
    }

    @RolesAllowed(PsmmRole.ADMIN)
    public SessionPolicy updatePolicy(long hostId, boolean enabled, int minutes, boolean reportOnly, String excludedUsers) {
        if (minutes < SessionPolicy.MIN_MINUTES || minutes > SessionPolicy.MAX_MINUTES) {
            throw PsmmException.invalid("minutes", "minutes must be between " + SessionPolicy.MIN_MINUTES + " and "
                    + SessionPolicy.MAX_MINUTES);
        }
        if (excludedUsers != null && excludedUsers.length() > 1000) {
            throw PsmmException.invalid("excludedUsers", "at most 1000 characters");
        }
        Host h = hosts.get(hostId);
        String before = h.getSessionPolicy().describe();
        h.getSessionPolicy().set(enabled, minutes, reportOnly, excludedUsers);
        audit.record(AuditKind.SESSION_POLICY_CHANGED, h.getName(), before + " -> " + h.getSessionPolicy().describe());
        return h.getSessionPolicy();
    }

    /**
     * An admin logs off one session of the host's latest list. Refused: a session that is not a
     * tty, not in the list, or the monitor account's.
     */
    @RolesAllowed(PsmmRole.ADMIN)
    public SessionLogoff logOff(long hostId, String session) {
        Host h = hosts.get(hostId);
        if (h.isWindows() ? !LogoffTarget.isWindowsId(session) : !LogoffTarget.isTty(session)) {
            throw PsmmException.invalid("session", h.isWindows() ? "session must be a Windows session id (digits)"
                    : "session must be a tty: pts/N or ttyN");
        }
        HostActivityRecord r = em.find(HostActivityRecord.class, hostId);
        OpenSession s = r == null ? null : ActivityJson.sessions(r.getSessionsJson()).stream()
                .filter(x -> x.session().equals(session)).findFirst().orElse(null);
        if (s == null) {
            throw PsmmException.notFound("No session " + session + " in the latest poll of " + h.getName());
        }
        if (s.user().equalsIgnoreCase(h.getSshUser())) {
            throw PsmmException.conflict("That is the monitor account's own session: PSMM never logs it off");
        }
        String error = run(h.sshTarget(), h.getOs(), s);
        String actor = context.getCallerPrincipal().getName();
        SessionLogoff l = new SessionLogoff(clock.instant(), hostId, h.getName(), s, actor, false, error == null, error);
        em.persist(l);
        audit.record(AuditKind.SESSION_LOGGED_OFF, h.getName() + " " + s.user() + "@" + s.session(),
                describe(s) + (error == null ? "" : "; failed: " + error));
        if (error == null) {
            r.set(r.getTakenAt(), ActivityJson.sessions(ActivityJson.sessions(r.getSessionsJson()).stream()
                    .filter(x -> !x.session().equals(session)).toList()), r.getProcessesJson());
        } else {
            throw new PsmmException(PsmmException.Kind.FAILED, "Logging off " + s.session() + " failed: " + error);
        }
        return l;
    }

    /**
     * For the poller, outside any transaction: the sessions the host's policy picks, logged off
     * unless in report-only mode. Returns what it did (recorded by {@link #store}).
     */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
    public List<PolicyLogoff> applyPolicy(SshTarget target, PolicySnapshot policy, List<OpenSession> sessions) {
        if (policy == null || !policy.enabled()) {
            return List.of();
        }
        List<OpenSession> due = policy.policy().rule(target.user()).due(sessions);
        List<PolicyLogoff> out = new java.util.ArrayList<>();
        for (OpenSession s : due) {
            if (policy.policy().isReportOnly() || !policy.target(s)) {
                out.add(new PolicyLogoff(s, true, false, null));
            } else {
                String error = run(target, policy.os(), s);
                out.add(new PolicyLogoff(s, false, error == null, error));
            }
        }
        return out;
    }

    /** What the poller needs of a host's policy, read before the SSH part. */
    public record PolicySnapshot(boolean enabled, SessionPolicy policy, HostOs os) {
        public static PolicySnapshot of(Host h) {
            return new PolicySnapshot(h.getSessionPolicy().isEnabled(), h.getSessionPolicy(), h.getOs());
        }

        /** Whether the session names what this host's log-off takes: a tty on Linux, an id on Windows. */
        boolean target(OpenSession s) {
            return os == HostOs.WINDOWS ? LogoffTarget.isWindowsId(s.session()) : LogoffTarget.isTty(s.session());
        }
    }

    /** Null when it worked, else why not. Windows: {@code logoff ID}, the id alone as its argument. */
    private String run(SshTarget target, HostOs os, OpenSession s) {
        boolean windows = os == HostOs.WINDOWS;
        try {
            CommandOutput out = ssh.client().capture(target,
                    windows ? LogoffTarget.windows(s.session()) : LogoffTarget.linux(s.session()), 4096);
            if (!windows && out.result().exitStatus() == 1) {
                return "no process on " + s.session() + " (already gone)";
            }
            out.result().requireSuccess();
            LOG.info(() -> "logged off " + s.session() + " on " + target.host());
            return null;
        } catch (SshException e) {
            return e.getMessage();
        }
    }

    /**
     * In the recorder's transaction: the host's latest sessions (without those just logged off)
     * and top processes, and the policy's log-offs (a report-only one once per session).
     */
    public void store(long hostId, String hostName, Instant at, HostMetrics m, TopProcesses.Top top,
            List<PolicyLogoff> logoffs) {
        Set<String> gone = new java.util.HashSet<>();
        for (PolicyLogoff l : logoffs) {
            if (l.reportOnly() && alreadyReported(hostId, l.session())) {
                continue;
            }
            em.persist(new SessionLogoff(at, hostId, hostName, l.session(), null, l.reportOnly(), l.succeeded(), l.error()));
            if (!l.reportOnly()) {
                audit.recordAs(POLICY_ACTOR, "", AuditKind.SESSION_LOGGED_OFF, hostName + " " + l.session().user() + "@"
                        + l.session().session(), describe(l.session()) + (l.succeeded() ? "" : "; failed: " + l.error()));
            }
            if (l.succeeded()) {
                gone.add(l.session().session());
            }
        }
        HostActivityRecord r = em.find(HostActivityRecord.class, hostId);
        boolean first = r == null;
        if (first) {
            r = new HostActivityRecord(hostId);
        }
        r.set(at, ActivityJson.sessions(m.activity().sessions().stream().filter(s -> !gone.contains(s.session())).toList()),
                ActivityJson.processes(top, m.memory().totalKb()));
        if (first) {
            em.persist(r);
        }
    }

    private boolean alreadyReported(long hostId, OpenSession s) {
        return !em.createQuery("SELECT l.id FROM SessionLogoff l WHERE l.hostId = :h AND l.reportOnly = true"
                + " AND l.userName = :u AND l.session = :s AND l.since = :since", Long.class)
                .setParameter("h", hostId).setParameter("u", SessionLogoff.cut(s.user(), 64))
                .setParameter("s", SessionLogoff.cut(s.session(), 16)).setParameter("since", SessionLogoff.cut(s.since(), 64))
                .setMaxResults(1).getResultList().isEmpty();
    }

    private static String describe(OpenSession s) {
        return "user " + s.user() + ", session " + s.session() + (s.from().isEmpty() ? "" : ", from " + s.from())
                + ", since " + s.since() + (s.idleSeconds() == null ? "" : ", idle " + s.idleSeconds() / 60 + " min");
    }
}
