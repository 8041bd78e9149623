package org.psmm.backup;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
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
import java.util.logging.Level;
import java.util.logging.Logger;
import org.psmm.audit.AuditKind;
import org.psmm.audit.AuditTrail;
import org.psmm.config.ServerEnvironment;
import org.psmm.core.backup.BackupDirectory;
import org.psmm.core.backup.BackupName;
import org.psmm.core.backup.DatabaseDump;
import org.psmm.core.backup.DatabaseToolException;
import org.psmm.settings.SettingKey;
import org.psmm.settings.Settings;

/** Writes a backup of PSMM's database into the backup directory, keeps the configured number, records the run. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BackupTaker {

    private static final Logger LOG = Logger.getLogger(BackupTaker.class.getName());
    private static final Duration DUMP_TIMEOUT = Duration.ofHours(2);

    @Inject
    private ServerEnvironment environment;

    @Inject
    private Clock clock;

    @Inject
    private BackupLock lock;

    @EJB
    private Settings settings;

    @EJB
    private BackupRecords records;

    @EJB
    private AuditTrail audit;

    /**
     * Writes a backup now, prunes beyond the configured number, and records the run.
     *
     * @param by "timer" or the admin's user name
     * @throws BackupException BUSY if a backup or restore is running, FAILED with the reason
     *                         (also recorded, alerted and told to the admins)
     */
    public BackupEntry backUp(String by) {
        lock.acquire("a backup");
        try {
            return backUpLocked(by);
        } finally {
            lock.release();
        }
    }

    private BackupEntry backUpLocked(String by) {
        Path dir = environment.backupDirectory();
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
}
