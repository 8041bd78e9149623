package org.psmm.backup;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.psmm.config.ServerEnvironment;
import org.psmm.core.backup.BackupDirectory;
import org.psmm.core.backup.BackupName;
import org.psmm.core.backup.BackupOrigin;

/** The backups there are: the directory's files with what their runs recorded, and the restores done. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class BackupList {

    @Inject
    private ServerEnvironment environment;

    @EJB
    private BackupRecords records;

    public Path directory() {
        return environment.backupDirectory();
    }

    /** When the newest backup file on disk was taken, if there is one (the directory alone, newest first). */
    public Optional<Instant> newest() {
        Path dir = directory();
        try {
            return BackupDirectory.listOf(dir, environment.database().database()).stream().findFirst().map(BackupName::takenAt);
        } catch (IOException e) {
            throw new BackupException(BackupException.Reason.FAILED, "Cannot read the backup directory " + dir + ": " + e.getMessage());
        }
    }

    /**
     * Backups newest first: every file of the directory (the truth, also after a restore brought
     * the history back older) with what its run recorded, then failed runs that left no file.
     */
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
