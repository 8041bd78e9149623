package org.psmm.backup;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.psmm.alert.AlertService;
import org.psmm.core.alert.AlertKind;
import org.psmm.notify.AdminEvent;
import org.psmm.settings.Settings;

/**
 * The history of backups and restores, each written in its own transaction: a failed backup's
 * row, its alert and its admin event commit together, whatever happened to the dump.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class BackupRecords {

    @PersistenceContext(unitName = "psmm")
    private EntityManager em;

    @EJB
    private AlertService alerts;

    @EJB
    private Settings settings;

    @Inject
    private Event<AdminEvent> adminEvents;

    public BackupRun backupSucceeded(String fileName, Instant startedAt, long durationMs, long sizeBytes, String sha256,
            String by) {
        BackupRun run = new BackupRun(BackupRun.Kind.BACKUP, fileName, startedAt, durationMs, sizeBytes, sha256,
                BackupRun.Status.SUCCEEDED, null, by);
        em.persist(run);
        alerts.resolveAboutPsmm(AlertKind.BACKUP_FAILED);
        return run;
    }

    /** Records the failure, raises (or updates) the PSMM alert and tells the admins at once. */
    public BackupRun backupFailed(String fileName, Instant startedAt, long durationMs, String error, String by) {
        BackupRun run = new BackupRun(BackupRun.Kind.BACKUP, fileName, startedAt, durationMs, null, null,
                BackupRun.Status.FAILED, error, by);
        em.persist(run);
        alerts.raiseAboutPsmm(AlertKind.BACKUP_FAILED, "PSMM's database backup " + fileName + " failed: " + error);
        adminEvents.fire(new AdminEvent(AdminEvent.Kind.BACKUP_FAILED, settings.adminTexts().get("chat.backupFailed"),
                fileName + ": " + error));
        return run;
    }

    public BackupRun restore(String fileName, Instant startedAt, long durationMs, String sha256, String error, String by) {
        BackupRun run = new BackupRun(BackupRun.Kind.RESTORE, fileName, startedAt, durationMs, null, sha256,
                error == null ? BackupRun.Status.SUCCEEDED : BackupRun.Status.FAILED, error, by);
        em.persist(run);
        return run;
    }

    /** Runs newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<BackupRun> history(int max) {
        return em.createQuery("SELECT r FROM BackupRun r ORDER BY r.startedAt DESC, r.id DESC", BackupRun.class)
                .setMaxResults(max).getResultList();
    }

    /**
     * After a restore brought the table back as it was at the backup: writes back the runs that
     * happened since, so the history still tells them.
     */
    public int putBack(List<BackupRun> before) {
        Set<String> present = new HashSet<>();
        history(10_000).forEach(r -> present.add(identity(r)));
        int n = 0;
        for (BackupRun r : before) {
            if (present.add(identity(r))) {
                em.persist(r.copy());
                n++;
            }
        }
        return n;
    }

    private static String identity(BackupRun r) {
        return r.getKind() + "|" + r.getFileName() + "|" + r.getStartedAt().toEpochMilli();
    }
}
