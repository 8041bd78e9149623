package org.psmm.update;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.psmm.core.alert.Html;
import org.psmm.core.updates.UpgradablePackage;
import org.psmm.host.Host;
import org.psmm.notify.AdminEvent;
import org.psmm.core.notify.AdminTexts;
import org.psmm.notify.Outbox;
import org.psmm.settings.SettingKey;
import org.psmm.settings.Settings;
import org.psmm.host.HostKeyNotPinnedException;
import org.psmm.ssh.SshConnections;
import org.psmm.notify.AdminRecipients;
import org.psmm.secret.StoredSecrets;

/**
 * Writes a run's progress, each step in a transaction of its own, so the console shows the
 * phase while the SSH commands run outside any transaction; the last step stores the result
 * and, in the same transaction, the mail and the admin event it causes.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class UpdateRecorder {

    @Inject
    private StoredSecrets secrets;

    @EJB
    private AdminRecipients adminRecipients;

    @PersistenceContext(unitName = "psmm")
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private Outbox outbox;

    @EJB
    private Settings settings;

    @EJB
    private SshConnections ssh;

    @Inject
    private Event<AdminEvent> adminEvents;

    /** A new queued run of the host, refused if one is already queued or running. */
    public long queue(long hostId, String requestedBy) {
        // The row lock serialises two requests for the same host: the second waits for the first's commit.
        Host host = em.find(Host.class, hostId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (host == null) {
            throw new org.psmm.host.HostNotFoundException(hostId);
        }
        List<Long> active = em.createQuery("SELECT r.id FROM UpdateRun r WHERE r.hostId = :h AND r.status IN :s",
                        Long.class)
                .setParameter("h", hostId).setParameter("s", List.of(UpdateStatus.QUEUED, UpdateStatus.RUNNING))
                .getResultList();
        if (!active.isEmpty()) {
            throw new UpdateConflictException(host.getName(), active.get(0));
        }
        UpdateRun run = new UpdateRun(hostId, host.getName(), requestedBy, clock.instant());
        em.persist(run);
        em.flush();
        return run.getId();
    }

    /** Marks the run started and reads what it needs. */
    public UpdatePlan begin(long runId) {
        UpdateRun run = em.find(UpdateRun.class, runId);
        run.start(clock.instant());
        Host host = em.find(Host.class, run.getHostId());
        if (host == null) {
            return new UpdatePlan(run.getHostName(), null, null, null, null, "the host was deleted");
        }
        HostUpdateOptions options = em.find(HostUpdateOptions.class, host.getId());
        String aptConfig = options == null ? null : options.getAptConfig();
        String rootPrefix = options == null ? null : options.getRootPrefix();
        UpdatePlan.PortalAccess access = null;
        if (options != null && options.isViaPortal()) {
            String site = host.getSite() == null ? "" : host.getSite();
            CaptivePortal portal = em.find(CaptivePortal.class, site);
            if (portal != null && portal.hasPassword() && !portal.hasReadablePassword(secrets)) {
                return new UpdatePlan(host.getName(), null, aptConfig, rootPrefix, null, "the captive portal password of site '"
                        + site + "' must be entered again: this PSMM cannot read it (restored from another PSMM's backup)");
            }
            if (portal == null || !portal.hasPassword()) {
                return new UpdatePlan(host.getName(), null, aptConfig, rootPrefix, null,
                        "the host goes through a captive portal but site '" + site + "' has none configured");
            }
            PortalView v = portal.view(secrets);
            access = new UpdatePlan.PortalAccess(v.loginUrl(), v.logoutUrl(), v.userField(), v.passwordField(), v.user(),
                    portal.secretPassword(secrets).orElseThrow());
        }
        try {
            return new UpdatePlan(host.getName(), host.sshTarget(), aptConfig, rootPrefix, access, null);
        } catch (HostKeyNotPinnedException e) {
            return new UpdatePlan(host.getName(), null, aptConfig, rootPrefix, null, e.getMessage());
        }
    }

    /** The run's host, or null if it was deleted. */
    public Long hostOf(long runId) {
        UpdateRun run = em.find(UpdateRun.class, runId);
        return run == null || em.find(Host.class, run.getHostId()) == null ? null : run.getHostId();
    }

    public void phase(long runId, String phase) {
        em.find(UpdateRun.class, runId).phase(phase);
    }

    public void packages(long runId, List<UpgradablePackage> packages, int rejectedLines) {
        em.find(UpdateRun.class, runId).packages(packages, rejectedLines);
    }

    /** Stores how the run ended; mails the administrators if it failed or a reboot is needed. */
    public void finish(long runId, String error, boolean rebootRequired, List<String> rebootPackages,
            boolean portalUsed, String outputTail) {
        UpdateRun run = em.find(UpdateRun.class, runId);
        UpdateStatus end = error == null ? UpdateStatus.SUCCEEDED : UpdateStatus.FAILED;
        run.finish(end, error, rebootRequired, rebootPackages, portalUsed, outputTail, clock.instant());
        if (end == UpdateStatus.FAILED) {
            tell(run, AdminEvent.Kind.UPDATE_FAILED, "updates.failed");
        }
        if (rebootRequired) {
            tell(run, AdminEvent.Kind.REBOOT_REQUIRED, "updates.rebootRequired");
        }
    }

    /** Resets runs a server stop left queued or running: they will never finish by themselves. */
    public int abandonInterrupted() {
        List<UpdateRun> stuck = em.createQuery("SELECT r FROM UpdateRun r WHERE r.status IN :s", UpdateRun.class)
                .setParameter("s", List.of(UpdateStatus.QUEUED, UpdateStatus.RUNNING)).getResultList();
        stuck.forEach(r -> r.finish(UpdateStatus.FAILED, "interrupted: PSMM stopped during the update",
                false, List.of(), false, r.getOutputTail(), clock.instant()));
        return stuck.size();
    }

    /** Tells the admins, by mail and chat, in their language. */
    private void tell(UpdateRun run, AdminEvent.Kind kind, String titleKey) {
        AdminTexts t = settings.adminTexts();
        String title = t.get(titleKey, run.getHostName());
        String text = mailText(run, t);
        String html = mailHtml(run, title, t);
        for (String to : adminRecipients.forAlerts()) {
            outbox.enqueueMail(to, "[PSMM] " + title, text, html);
        }
        adminEvents.fire(new AdminEvent(kind, title, summary(run, t)));
    }

    private static String summary(UpdateRun run, AdminTexts t) {
        StringBuilder s = new StringBuilder();
        s.append(t.get("chat.update.packages", run.getPackages().size()));
        if (run.getRebootPackages() != null) {
            s.append(t.get("chat.update.reboot", run.getRebootPackages()));
        }
        if (run.getError() != null) {
            s.append("; ").append(run.getError());
        }
        return s.toString();
    }

    static String mailText(UpdateRun run, AdminTexts t) {
        StringBuilder s = new StringBuilder();
        s.append(t.get("updates.host")).append(": ").append(run.getHostName()).append('\n');
        s.append(t.get("updates.status")).append(": ").append(t.get("updates.status." + run.getStatus().name())).append('\n');
        s.append(t.get("updates.reboot")).append(": ").append(reboot(run, t)).append('\n');
        if (run.getError() != null) {
            s.append(t.get("updates.error")).append(": ").append(run.getError()).append('\n');
        }
        s.append(t.get("updates.duration")).append(": ").append(run.getDurationMs() / 1000.0).append(" s\n");
        s.append('\n').append(t.get("updates.packages", run.getPackages().size())).append(":\n");
        for (UpdatedPackage p : run.getPackages()) {
            s.append("  ").append(p.getName()).append(' ').append(p.getFromVersion()).append(" -> ")
                    .append(p.getToVersion()).append('\n');
        }
        if (run.getOutputTail() != null) {
            s.append('\n').append(t.get("updates.output")).append(":\n").append(run.getOutputTail()).append('\n');
        }
        return s.toString();
    }

    private static String reboot(UpdateRun run, AdminTexts t) {
        return t.get(run.isRebootRequired() ? "updates.yes" : "updates.no")
                + (run.getRebootPackages() != null ? " (" + run.getRebootPackages() + ")" : "");
    }

    /** Everything from the server (errors, output, names) goes through Html.escape. */
    static String mailHtml(UpdateRun run, String title, AdminTexts t) {
        StringBuilder h = new StringBuilder("<html><body>");
        h.append("<h2>").append(Html.escape(title)).append("</h2><table>");
        row(h, t.get("updates.host"), run.getHostName());
        row(h, t.get("updates.status"), t.get("updates.status." + run.getStatus().name()));
        row(h, t.get("updates.reboot"), reboot(run, t));
        if (run.getError() != null) {
            row(h, t.get("updates.error"), run.getError());
        }
        h.append("</table><h3>").append(Html.escape(t.get("updates.packages", run.getPackages().size()))).append("</h3><ul>");
        for (UpdatedPackage p : run.getPackages()) {
            h.append("<li>").append(Html.escape(p.getName())).append(' ').append(Html.escape(p.getFromVersion()))
                    .append(" → ").append(Html.escape(p.getToVersion())).append("</li>");
        }
        h.append("</ul>");
        if (run.getOutputTail() != null) {
            h.append("<h3>").append(Html.escape(t.get("updates.output"))).append("</h3><pre>")
                    .append(Html.escape(run.getOutputTail())).append("</pre>");
        }
        return h.append("</body></html>").toString();
    }

    private static void row(StringBuilder h, String name, String value) {
        h.append("<tr><th align=\"left\">").append(Html.escape(name)).append("</th><td>").append(Html.escape(value))
                .append("</td></tr>");
    }
}
