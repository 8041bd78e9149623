package org.psmm.backup;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.psmm.audit.AuditKind;
import org.psmm.audit.AuditTrail;
import org.psmm.config.JobPause;
import org.psmm.config.ServerEnvironment;
import org.psmm.core.backup.BackupChecksum;
import org.psmm.core.backup.BackupDirectory;
import org.psmm.core.backup.BackupName;
import org.psmm.core.backup.BackupOrigin;
import org.psmm.core.backup.DamagedBackupException;
import org.psmm.core.backup.DatabaseRestore;
import org.psmm.core.backup.DatabaseToolException;
import org.psmm.schema.SchemaMigration;
import org.psmm.security.PsmmRole;

/**
 * Replaces PSMM's database by one of its backups. Checks the file before anything else, then
 * pauses every timer and job, loads the dump, brings the schema to this build's version and
 * resumes, whatever happened. A singleton so that the progress of the running restore is one.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BackupRestorer {

    private static final Logger LOG = Logger.getLogger(BackupRestorer.class.getName());
    private static final Duration LOAD_TIMEOUT = Duration.ofHours(6);

    @Inject
    private ServerEnvironment environment;

    @Inject
    private Clock clock;

    @Inject
    private JobPause pause;

    @Inject
    private BackupLock lock;

    @EJB
    private BackupRecords records;

    @EJB
    private SchemaMigration schema;

    @EJB
    private AuditTrail audit;

    /** The running restore, or null; replaced whole, read by other requests. */
    private volatile RestoreProgress restoring;

    /** Where the running restore is, or empty when none runs. */
    public Optional<RestoreProgress> restoreProgress() {
        return Optional.ofNullable(restoring);
    }

    /**
     * Replaces PSMM's database by a backup of the directory.
     *
     * @throws BackupException NOT_FOUND (no such backup), DAMAGED (refused, nothing touched), BUSY, or
     *                         FAILED (the load failed part-way: restore a good backup)
     */
    @RolesAllowed(PsmmRole.ADMIN)
    public String restore(String fileName, String by, boolean otherDatabaseMeant) {
        Path dir = environment.backupDirectory();
        Path file = BackupDirectory.find(dir, fileName).orElseThrow(() -> new BackupException(BackupException.Reason.NOT_FOUND,
                "There is no backup named '" + fileName + "' in " + dir));
        String database = environment.database().database();
        String of = BackupOrigin.databaseOf(dir, BackupName.parse(fileName).orElseThrow()).orElse(null);
        if (!database.equals(of) && !otherDatabaseMeant) {
            throw (BackupException) new BackupException(BackupException.Reason.OTHER_DATABASE, fileName + " is a backup of "
                    + (of == null ? "an unknown database" : "database " + of) + ", not of " + database + " that PSMM uses:"
                    + " nothing was changed. Confirm that you mean to replace " + database + " with it"
                    + " (otherDatabase=true)").coded("backups.otherDatabase");
        }
        lock.acquire("a restore");
        Instant started = clock.instant();
        long t0 = System.nanoTime();
        try {
            restoring = new RestoreProgress(fileName, by, RestoreProgress.Phase.CHECKING, 0, size(file), started);
            String sha;
            try {
                sha = BackupChecksum.verify(file);
            } catch (DamagedBackupException e) {
                String message = "Refused to restore " + fileName + ": " + e.getMessage() + ". Nothing was changed.";
                LOG.warning(message);
                records.restore(fileName, started, (System.nanoTime() - t0) / 1_000_000, null, message, by);
                throw new BackupException(BackupException.Reason.DAMAGED, message);
            } catch (IOException e) {
                throw new BackupException(BackupException.Reason.DAMAGED, "Cannot read " + fileName + ": " + e.getMessage()
                        + ". Nothing was changed.");
            }
            restoring = restoring.at(RestoreProgress.Phase.PAUSING);
            if (!pause.pause("restore of " + fileName)) {
                throw new BackupException(BackupException.Reason.BUSY, "Jobs are already paused: " + pause.reason().orElse(""));
            }
            LOG.warning(() -> "Restoring " + fileName + " (SHA-256 " + sha + "), asked by " + by + ": timers and jobs paused");
            String error = null;
            List<BackupRun> history = records.history(10_000);
            boolean auditSetAside = false;
            try {
                pause.awaitRunningJobs();
                audit.setAsideForRestore();
                auditSetAside = true;
                // The load checks the file once more first (it may have changed while jobs paused):
                // CHECKING until its first bytes are loaded.
                restoring = restoring.at(RestoreProgress.Phase.CHECKING);
                DatabaseRestore.load(environment.database(), file, LOAD_TIMEOUT, this::loaded);
                restoring = restoring.at(RestoreProgress.Phase.MIGRATING);
                schema.bringUpToDate();
                int back = records.putBack(history);
                LOG.info(() -> "Restored " + fileName + "; " + back + " backup run(s) since it written back to the history");
                int kept = audit.bringBackAfterRestore();
                auditSetAside = false;
                LOG.info(() -> kept + " audit row(s) newer than the backup kept");
                audit.record(AuditKind.BACKUP_RESTORED, fileName, "SHA-256 " + sha);
                return sha;
            } catch (DamagedBackupException e) {
                // the file changed between the check and the load; the load stopped at the bad spot
                error = "The restore of " + fileName + " stopped: " + e.getMessage()
                        + ". The database may be incomplete: restore a good backup.";
                throw new BackupException(BackupException.Reason.FAILED, error);
            } catch (DatabaseToolException | IOException | RuntimeException e) {
                error = "The restore of " + fileName + " failed: " + e.getMessage();
                LOG.log(Level.SEVERE, error, e instanceof RuntimeException ? e : null);
                throw new BackupException(BackupException.Reason.FAILED, error);
            } finally {
                if (auditSetAside) {
                    try {
                        audit.bringBackAfterRestore();
                    } catch (RuntimeException e) {
                        LOG.log(Level.SEVERE, "the audit trail set aside for the restore is in table audit_event_kept", e);
                    }
                }
                pause.resume();
                LOG.info("Timers and jobs resumed");
                try {
                    records.restore(fileName, started, (System.nanoTime() - t0) / 1_000_000, sha, error, by);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "cannot record the restore of " + fileName, e);
                }
            }
        } finally {
            restoring = null;
            lock.release();
        }
    }

    /** Called every 64 KiB of the file the load reads. */
    private void loaded(long bytes) {
        RestoreProgress p = restoring;
        if (p != null) {
            restoring = p.at(RestoreProgress.Phase.LOADING).read(bytes);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
