package org.psmm.backup;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.psmm.config.JobPause;
import org.psmm.config.ServerEnvironment;
import org.psmm.core.backup.BackupChecksum;
import org.psmm.core.backup.BackupDirectory;
import org.psmm.core.backup.BackupName;
import org.psmm.core.backup.BackupOrigin;
import org.psmm.core.backup.DamagedBackupException;
import org.psmm.core.backup.DatabaseDump;
import org.psmm.core.backup.DatabaseRestore;
import org.psmm.core.backup.DatabaseToolException;
import org.psmm.schema.SchemaMigration;
import org.psmm.settings.SettingKey;
import org.psmm.settings.Settings;
import jakarta.annotation.security.RolesAllowed;
import org.psmm.security.PsmmRole;
import org.psmm.audit.AuditKind;
import org.psmm.audit.AuditTrail;

/**
 * Backs PSMM's database up and restores it, one at a time (a lock shared by both). A restore
 * checks the file before anything else, then pauses every timer and job, loads the dump, brings
 * the schema to this build's version and resumes, whatever happened.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BackupService {

    private static final Logger LOG = Logger.getLogger(BackupService.class.getName());
    private static final Duration DUMP_TIMEOUT = Duration.ofHours(2);
    private static final Duration LOAD_TIMEOUT = Duration.ofHours(6);
    /** How long a restore lets running job executions finish before stopping them. */
    private static final Duration JOBS_FINISH = Duration.ofSeconds(30);
    private static final Duration JOBS_STOP = Duration.ofMinutes(2);
    private static final Set<BatchStatus> ACTIVE = EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);

    @Inject
    private ServerEnvironment environment;

    @Inject
    private Clock clock;

    @Inject
    private JobPause pause;

    @EJB
    private Settings settings;

    @EJB
    private BackupRecords records;

    @EJB
    private SchemaMigration schema;

    @EJB
    private AuditTrail audit;

    private final ReentrantLock work = new ReentrantLock();
    /** The running restore, or null; replaced whole, read by other requests. */
    private volatile RestoreProgress restoring;

    public Path directory() {
        return environment.backupDirectory();
    }

    /** Where the running restore is, or empty when none runs. */
    public Optional<RestoreProgress> restoreProgress() {
        return Optional.ofNullable(restoring);
    }

    /** True while a backup or restore runs (the timer skips its round rather than queue). */
    public boolean busy() {
        return work.isLocked();
    }

    /**
     * Writes a backup now, prunes beyond the configured number, and records the run.
     *
     * @param by "timer" or the admin's user name
     * @throws BackupException BUSY if a backup or restore is running, FAILED with the reason
     *                         (also recorded, alerted and told to the admins)
     */
    public BackupEntry backUp(String by) {
        lock("a backup");
        try {
            return backUpLocked(by);
        } finally {
            work.unlock();
        }
    }

    private BackupEntry backUpLocked(String by) {
        Path dir = directory();
        Instant started = clock.instant();
        long t0 = System.nanoTime();
        String database = environment.database().database();
        BackupName name = BackupName.at(started, database);
        try {
            name = freeName(dir, name);
            int leftovers = BackupDirectory.removeLeftovers(dir);
            if (leftovers > 0) {
                LOG.warning(() -> leftovers + " unfinished backup file(s) from an interrupted run were deleted in " + dir);
            }
            DatabaseDump.Written w = DatabaseDump.write(environment.database(), dir, name, DUMP_TIMEOUT);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            BackupRun run = records.backupSucceeded(name.fileName(), started, ms, w.sizeBytes(), w.sha256(), by);
            int keep = settings.integer(SettingKey.BACKUP_KEEP);
            List<BackupName> gone = BackupDirectory.prune(dir, keep, database);
            LOG.info(String.format("Backup %s written: %d bytes in %d ms, SHA-256 %s%s", name.fileName(), w.sizeBytes(), ms,
                    w.sha256(), gone.isEmpty() ? "" : "; deleted " + gone.stream().map(BackupName::fileName).toList()));
            audit.record(AuditKind.BACKUP_TAKEN, name.fileName(), w.sizeBytes() + " bytes");
            return new BackupEntry(name.fileName(), name.takenAt(), w.sizeBytes(), w.sha256(), run.getStatus().name(), ms,
                    null, true, by, database, false);
        } catch (DatabaseToolException | IOException | RuntimeException e) {
            long ms = (System.nanoTime() - t0) / 1_000_000;
            String error = e instanceof IOException io ? "cannot write in " + dir + ": " + reason(io) : e.getMessage();
            LOG.log(Level.WARNING, "Backup " + name.fileName() + " failed: " + error, e instanceof RuntimeException ? e : null);
            records.backupFailed(name.fileName(), started, ms, error, by);
            throw new BackupException(BackupException.Reason.FAILED, "The backup failed: " + error);
        }
    }

    /** What a file system error means, in words (its message is often just the path). */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.FileAlreadyExistsException f) {
            return f.getFile() + " exists and is not a directory";
        }
        if (e instanceof java.nio.file.AccessDeniedException f) {
            return "permission denied on " + f.getFile();
        }
        if (e instanceof java.nio.file.NoSuchFileException f) {
            return f.getFile() + " does not exist";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getFile() + ": " + f.getReason();
        }
        return e.getMessage();
    }

    /** Names are to the second: a second backup within the same second waits for the next one. */
    private BackupName freeName(Path dir, BackupName name) throws IOException {
        BackupName n = name;
        for (int i = 0; i < 3 && Files.exists(dir.resolve(n.fileName())); i++) {
            try {
                Thread.sleep(1000 - clock.instant().getNano() / 1_000_000 + 5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            n = BackupName.at(clock.instant(), name.database());
        }
        return n;
    }

    /**
     * Replaces PSMM's database by a backup of the directory.
     *
     * @throws BackupException NOT_FOUND (no such backup), DAMAGED (refused, nothing touched), BUSY, or
     *                         FAILED (the load failed part-way: restore a good backup)
     */
    @RolesAllowed(PsmmRole.ADMIN)
    public String restore(String fileName, String by, boolean otherDatabaseMeant) {
        Path dir = directory();
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
        lock("a restore");
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
                quiesceJobs();
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
            work.unlock();
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

    private void lock(String what) {
        try {
            if (!work.tryLock(1, TimeUnit.SECONDS)) {
                throw new BackupException(BackupException.Reason.BUSY,
                        "Another backup or restore is running; try " + what + " again when it is done");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackupException(BackupException.Reason.BUSY, "interrupted");
        }
    }

    /** Lets running job executions finish for a while, then stops the rest and waits for them. */
    private void quiesceJobs() {
        JobOperator operator = BatchRuntime.getJobOperator();
        List<Long> running = running(operator);
        if (running.isEmpty()) {
            return;
        }
        LOG.info(() -> "Waiting for job execution(s) " + running + " before the restore");
        if (awaitEnd(operator, running, JOBS_FINISH)) {
            return;
        }
        for (long id : running(operator)) {
            try {
                operator.stop(id);
                LOG.warning(() -> "Job execution " + id + " stopped for the restore; restart it from the Jobs page");
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "execution " + id + " ended meanwhile", e);
            }
        }
        if (!awaitEnd(operator, running, JOBS_STOP)) {
            throw new IllegalStateException("job executions " + running(operator) + " did not stop within "
                    + JOBS_STOP.toMinutes() + " min; nothing was restored");
        }
    }

    private static List<Long> running(JobOperator operator) {
        List<Long> ids = new ArrayList<>();
        for (String job : operator.getJobNames()) {
            try {
                ids.addAll(operator.getRunningExecutions(job));
            } catch (NoSuchJobException e) {
                // no execution of it
            }
        }
        return ids;
    }

    private static boolean awaitEnd(JobOperator operator, List<Long> ids, Duration limit) {
        long until = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < until) {
            if (ids.stream().noneMatch(id -> ACTIVE.contains(operator.getJobExecution(id).getBatchStatus()))) {
                return true;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    /**
     * Backups newest first: every file of the directory (the truth, also after a restore brought
     * the history back older) with what its run recorded, then failed runs that left no file.
     */
    /** When the newest backup file on disk was taken, if there is one (the directory alone, newest first). */
    public Optional<Instant> newest() {
        Path dir = directory();
        try {
            return BackupDirectory.listOf(dir, environment.database().database()).stream().findFirst().map(BackupName::takenAt);
        } catch (IOException e) {
            throw new BackupException(BackupException.Reason.FAILED, "Cannot read the backup directory " + dir + ": " + e.getMessage());
        }
    }

    public List<BackupEntry> list() {
        Path dir = directory();
        Map<String, BackupRun> runs = new HashMap<>();
        List<BackupEntry> out = new ArrayList<>();
        List<BackupRun> history = records.history(1000);
        for (BackupRun r : history) {
            if (r.getKind() == BackupRun.Kind.BACKUP && r.getFileName() != null) {
                runs.putIfAbsent(r.getFileName(), r);
            }
        }
        List<BackupName> files;
        try {
            files = BackupDirectory.list(dir);
        } catch (IOException e) {
            throw new BackupException(BackupException.Reason.FAILED, "Cannot read the backup directory " + dir + ": " + e.getMessage());
        }
        String database = environment.database().database();
        for (BackupName n : files) {
            BackupRun run = runs.get(n.fileName());
            String of = BackupOrigin.databaseOf(dir, n).orElse(null);
            Optional<String> sha = BackupDirectory.recordedChecksum(dir, n);
            Long size = null;
            try {
                size = Files.size(dir.resolve(n.fileName()));
            } catch (IOException e) {
                // deleted meanwhile: listed without a size
            }
            out.add(new BackupEntry(n.fileName(), n.takenAt(), size, sha.orElse(null), sha.isPresent() ? "SUCCEEDED" : "UNVERIFIED",
                    run == null ? null : run.getDurationMs(), null, true, run == null ? null : run.getStartedBy(), of,
                    !database.equals(of)));
        }
        history.stream()
                .filter(r -> r.getKind() == BackupRun.Kind.BACKUP && r.getStatus() == BackupRun.Status.FAILED)
                .limit(20)
                .forEach(r -> out.add(new BackupEntry(r.getFileName(), r.getStartedAt(), null, null, "FAILED", r.getDurationMs(),
                        r.getError(), false, r.getStartedBy(), database, false)));
        out.sort(Comparator.comparing(BackupEntry::takenAt).reversed());
        return out;
    }

    /** The last restores, newest first. */
    public List<BackupRun> restores(int max) {
        return records.history(1000).stream().filter(r -> r.getKind() == BackupRun.Kind.RESTORE).limit(max).toList();
    }

    /** The file of a backup named exactly so in the directory (download), if there is one. */
    public Optional<Path> file(String fileName) {
        return BackupDirectory.find(directory(), fileName);
    }
}
