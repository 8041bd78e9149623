package org.psmm.web.console;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.psmm.backup.BackupEntry;
import org.psmm.backup.BackupException;
import org.psmm.backup.BackupRun;
import org.psmm.backup.BackupList;
import org.psmm.backup.BackupRestorer;
import org.psmm.backup.BackupTaker;
import org.psmm.backup.RestoreProgress;
import org.psmm.backup.BackupTimer;

/** backups.xhtml (admins): the backups on disk, back up now, download, restore with confirmation. */
@Named
@ViewScoped
public class BackupsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @jakarta.inject.Inject
    private org.psmm.config.ServerEnvironment environment;

    @EJB
    private BackupList backups;

    @EJB
    private BackupTaker taker;

    @EJB
    private BackupRestorer restorer;

    @EJB
    private BackupTimer timer;

    private List<BackupEntry> rows;
    private List<BackupRun> restores;
    private RestoreProgress restoreProgress;

    @PostConstruct
    public void refresh() {
        try {
            rows = backups.list();
        } catch (BackupException e) {
            rows = List.of();
            ConsoleMessages.error(e.getMessage());
        }
        restores = backups.restores(5);
        readRestoreProgress();
    }

    private static String user() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    public void backUpNow() {
        try {
            BackupEntry e = taker.backUp(user());
            ConsoleMessages.info(ConsoleMessages.text("backups.done", e.fileName(), e.sizeBytes()));
        } catch (BackupException e) {
            ConsoleMessages.error(e.getMessage());
        }
        refresh();
    }

    public void restore(BackupEntry entry) {
        try {
            // the confirmation the page asked for says so when the backup is of another database
            restorer.restore(entry.fileName(), user(), entry.otherDatabase());
            ConsoleMessages.info(ConsoleMessages.text("backups.restored", entry.fileName()));
        } catch (BackupException e) {
            ConsoleMessages.error(e.getMessage());
        }
        refresh();
    }

    /** The database PSMM uses, for the warning before a restore of another's backup. */
    public String getDatabase() {
        return environment.database().database();
    }

    public StreamedContent download(BackupEntry entry) {
        Path found = backups.file(entry.fileName()).orElse(null);
        if (found == null) {
            ConsoleMessages.error(ConsoleMessages.text("backups.gone", entry.fileName()));
            return null;
        }
        String file = found.toString(); // a String: the supplier must be serializable, a Path is not
        return DefaultStreamedContent.builder()
                .name(found.getFileName().toString())
                .contentType("application/gzip")
                .stream(() -> {
                    try {
                        return Files.newInputStream(Path.of(file));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .build();
    }

    public List<BackupEntry> getRows() {
        return rows;
    }

    public List<BackupRun> getRestores() {
        return restores;
    }

    /**
     * Reads where the running restore (any admin's) is: at page load and at each poll. The page
     * shows this one snapshot, not a fresh reading per expression (a restore may end mid-render).
     */
    public void readRestoreProgress() {
        restoreProgress = restorer.restoreProgress().orElse(null);
    }

    /** The running restore as last read, or null. */
    public RestoreProgress getRestoreProgress() {
        return restoreProgress;
    }

    public String getDirectory() {
        return backups.directory().toString();
    }

    public Instant getNextDue() {
        return timer.nextDue();
    }

    /** The first 12 hex digits: enough to compare by eye; the whole checksum is in the tooltip. */
    public String shortSha(String sha) {
        return sha == null ? "" : sha.substring(0, Math.min(12, sha.length()));
    }

    /** Bytes in KiB/MiB/GiB, one decimal. */
    public String size(Long bytes) {
        if (bytes == null) {
            return "";
        }
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
        double v = bytes;
        int u = 0;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return u == 0 ? bytes + " B" : String.format(FacesContext.getCurrentInstance().getViewRoot().getLocale(), "%.1f %s", v, units[u]);
    }
}
