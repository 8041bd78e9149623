package org.psmm.logsource;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.psmm.error.PsmmException;
import org.psmm.core.logs.journal.JournalFilter;
import org.psmm.core.logs.rotation.LogCursor;
import org.psmm.host.Host;
import org.psmm.host.HostRole;
import org.psmm.host.HostService;
import jakarta.annotation.security.RolesAllowed;
import org.psmm.security.PsmmRole;
import org.psmm.audit.AuditKind;
import org.psmm.audit.AuditTrail;
import org.psmm.failure.FailureRemoval;

/** The logs read on each host, the defaults suggested by a host's roles, and their cursors. */
@Stateless
public class LogSourceService {

    public static final String AUTH_LOG = "/var/log/auth.log";
    public static final String MARIADB_ERROR_LOG = "/var/log/mysql/error.log";

    @PersistenceContext(unitName = "psmm")
    private EntityManager em;

    @EJB
    private FailureRemoval failures;

    @EJB
    private HostService hosts;

    @Inject
    private Clock clock;

    @EJB
    private AuditTrail audit;

    public List<LogSource> listFor(long hostId) {
        return em.createQuery("SELECT s FROM LogSource s WHERE s.hostId = :host ORDER BY s.path", LogSource.class)
                .setParameter("host", hostId)
                .getResultList();
    }

    public LogSource get(long id) {
        LogSource source = em.find(LogSource.class, id);
        if (source == null) {
            throw new LogSourceNotFoundException(id);
        }
        return source;
    }

    // Only admins: a log source names a file that PSMM then reads with sudo on the host.
    @RolesAllowed(PsmmRole.ADMIN)
    public LogSource create(long hostId, @NotNull @Valid LogSourceForm form) {
        var host = hosts.get(hostId);
        if (host.isWindows()) { // the readers are tail/zcat/journalctl through sudo: Linux only
            throw PsmmException.invalid("path", host.getOs().linuxOnly("Log collection", host.getName()));
        }
        Checked c = check(form);
        requireFreePath(hostId, c.path(), form.getFormat(), null);
        LogSource source = c.kind() == LogSourceKind.JOURNAL
                ? new LogSource(hostId, c.path(), c.filter(), c.file(), form.getFormat(), form.isEnabled(), clock.instant())
                : new LogSource(hostId, c.path(), form.getFormat(), form.isEnabled(), clock.instant());
        em.persist(source);
        em.flush();
        audit.record(AuditKind.LOG_SOURCE_ADDED, host.getName() + ": " + source.getPath(), source.getFormat()
                + (source.isEnabled() ? "" : ", disabled"));
        return source;
    }

    @RolesAllowed(PsmmRole.ADMIN)
    public LogSource update(long id, @NotNull @Valid LogSourceForm form) {
        LogSource source = get(id);
        Checked c = check(form);
        requireFreePath(source.getHostId(), c.path(), form.getFormat(), id);
        String before = source.getPath() + " " + source.getFormat() + (source.isEnabled() ? "" : " disabled");
        source.change(c.kind(), c.path(), c.filter(), c.file(), form.getFormat(), form.isEnabled());
        String after = source.getPath() + " " + source.getFormat() + (source.isEnabled() ? "" : " disabled");
        audit.record(AuditKind.LOG_SOURCE_CHANGED, hosts.get(source.getHostId()).getName() + ": " + source.getPath(),
                before + " → " + after);
        return source;
    }

    /** A form as stored: the path of a file, or the filter, file and label of a journal source. */
    private record Checked(LogSourceKind kind, String path, String filter, String file) {
    }

    private static Checked check(LogSourceForm form) {
        if (!form.isJournal()) {
            if (form.getPath() == null || form.getPath().isBlank()) {
                throw new InvalidLogSourceException("path", "A log file source needs the path of the file");
            }
            return new Checked(LogSourceKind.FILE, form.getPath().trim(), null, null);
        }
        JournalFilter filter;
        try {
            filter = JournalFilter.parse(form.getFilter());
        } catch (IllegalArgumentException e) {
            throw new InvalidLogSourceException("filter", e.getMessage());
        }
        String file = form.getFile() == null || form.getFile().isBlank() ? null : form.getFile().trim();
        return new Checked(LogSourceKind.JOURNAL, journalLabel(filter.toString(), file), filter.toString(), file);
    }

    /** What a journal source is called where a file source shows its path. */
    public static String journalLabel(String filter, String file) {
        return "journal:" + filter + (file == null ? "" : " --file=" + file);
    }

    @RolesAllowed(PsmmRole.ADMIN)
    public void delete(long id) {
        LogSource source = get(id);
        failures.source(id, source.getHostId());
        em.remove(source);
        audit.record(AuditKind.LOG_SOURCE_DELETED, hosts.get(source.getHostId()).getName() + ": " + source.getPath(), null);
    }

    /** What Debian 12 logs to the journal only, without rsyslog: sshd (sshd-session since OpenSSH 9.8). */
    public static final String SSHD_JOURNAL_FILTER = "sshd,sshd-session";
    /** Where PAM's lines of the FTP server land without rsyslog: under the server's own identifier. */
    public static final String PAM_JOURNAL_FILTER = "vsftpd";
    /** Debian's MariaDB writes its warnings to the journal when log_error is not set (the default). */
    public static final String MARIADB_JOURNAL_FILTER = "mariadb.service";

    /**
     * The usual logs of a Debian server with these roles; the admin keeps those that exist.
     * SSH is read on every host: it is the most attacked service. Where the host check found that
     * auth.log or MariaDB's error log does not exist, the journal is suggested instead.
     *
     * @param missing the usual log files the host check found missing on the host
     */
    public static List<LogSourceForm> suggestions(Host host, java.util.Set<String> missing) {
        List<LogSourceForm> forms = new ArrayList<>();
        if (host.isWindows()) {
            return forms; // no Linux log path exists there
        }
        forms.add(missing.contains(AUTH_LOG) ? LogSourceForm.journal(SSHD_JOURNAL_FILTER, "sshd")
                : new LogSourceForm(AUTH_LOG, "sshd"));
        if (host.getRoles().contains(HostRole.SQL)) {
            forms.add(missing.contains(MARIADB_ERROR_LOG) ? LogSourceForm.journal(MARIADB_JOURNAL_FILTER, "mariadb")
                    : new LogSourceForm(MARIADB_ERROR_LOG, "mariadb"));
        }
        if (host.getRoles().contains(HostRole.FTP)) {
            forms.add(new LogSourceForm("/var/log/vsftpd.log", "vsftpd"));
            // vsftpd authenticates through PAM, whose lines (auth.log or the journal) name the failures
            // of users vsftpd's own log may not show; the same attempt in both is stored once.
            forms.add(missing.contains(AUTH_LOG) ? LogSourceForm.journal(PAM_JOURNAL_FILTER, "pam")
                    : new LogSourceForm(AUTH_LOG, "pam"));
        }
        if (host.getRoles().contains(HostRole.WEB)) {
            forms.add(new LogSourceForm("/var/log/nginx/error.log", "nginx"));
            forms.add(new LogSourceForm("/var/log/apache2/error.log", "apache"));
        }
        return forms;
    }

    /** What the next collection reads: enabled logs of enabled hosts whose key is confirmed, by id. */
    public List<Long> collectable() {
        return em.createQuery("SELECT s.id FROM LogSource s, Host h WHERE h.id = s.hostId AND s.enabled = TRUE "
                        + "AND h.enabled = TRUE AND h.hostKey IS NOT NULL AND h.os = org.psmm.host.HostOs.LINUX ORDER BY s.id",
                        Long.class)
                .getResultList();
    }

    /**
     * Saves how far the log was read, in the transaction that stores what was read up to there,
     * and what this job execution read from it.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void advance(long id, long jobExecutionId, LogCursor cursor, long lines, long skipped) {
        get(id).advance(cursor, lines, skipped, clock.instant());
        progress(id, jobExecutionId, lines, skipped, 0, 0);
    }

    /**
     * Saves a journal source's checkpoint (the last entry read, or none just after a gap, and its
     * time) in the transaction that stores what was read up to there. A gap is counted here, with the
     * chunk, so a chunk rolled back and read again does not count it twice.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void advanceJournal(long id, long jobExecutionId, String cursor, Long timeMicros, long lines, long skipped,
                               boolean gap) {
        get(id).advanceJournal(cursor, timeMicros, lines, skipped, gap, clock.instant());
        progress(id, jobExecutionId, lines, skipped, 0, gap ? 1 : 0);
    }

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void addFailures(long id, long jobExecutionId, long count) {
        get(id).addFailures(count);
        progress(id, jobExecutionId, 0, 0, count, 0);
    }

    /** Adds to one execution's counts for one source, in one statement (a row per execution and source). */
    private void progress(long id, long jobExecutionId, long lines, long skipped, long failures, long journalGaps) {
        em.createNativeQuery("INSERT INTO collection_progress (job_execution_id, source_id, lines_read, lines_skipped, "
                        + "failures_stored, journal_gaps, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE "
                        + "lines_read = lines_read + VALUES(lines_read), lines_skipped = lines_skipped + VALUES(lines_skipped), "
                        + "failures_stored = failures_stored + VALUES(failures_stored), "
                        + "journal_gaps = journal_gaps + VALUES(journal_gaps), updated_at = VALUES(updated_at)")
                .setParameter(1, jobExecutionId)
                .setParameter(2, id)
                .setParameter(3, lines)
                .setParameter(4, skipped)
                .setParameter(5, failures)
                .setParameter(6, journalGaps)
                .setParameter(7, Timestamp.from(clock.instant()))
                .executeUpdate();
    }

    /**
     * Per source: lines read, skipped and failures stored by one job execution, and why it read the
     * source incompletely or not at all (null when it read it in full).
     */
    public record Progress(long sourceId, long linesRead, long linesSkipped, long failuresStored, long journalGaps,
            String warning) {
    }

    public List<Progress> progressOf(long jobExecutionId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT source_id, lines_read, lines_skipped, failures_stored, journal_gaps, "
                        + "warning FROM collection_progress WHERE job_execution_id = ? ORDER BY source_id")
                .setParameter(1, jobExecutionId)
                .getResultList();
        return rows.stream().map(r -> new Progress(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue(), ((Number) r[3]).longValue(), ((Number) r[4]).longValue(), (String) r[5])).toList();
    }

    /**
     * Records (or clears, with null) why the last read failed or missed lines, on the source and as
     * that job execution's warning for it (the Jobs page counts them); survives a rollback.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordError(long id, long jobExecutionId, String error) {
        LogSource source = em.find(LogSource.class, id);
        if (source == null) {
            return;
        }
        source.setLastError(error);
        String warning = source.getLastError();
        if (warning == null) {
            // A reader reopened for a retry found the file this time: that execution has no warning left.
            em.createNativeQuery("UPDATE collection_progress SET warning = NULL WHERE job_execution_id = ? AND source_id = ?")
                    .setParameter(1, jobExecutionId)
                    .setParameter(2, id)
                    .executeUpdate();
            return;
        }
        em.createNativeQuery("INSERT INTO collection_progress (job_execution_id, source_id, warning, updated_at) "
                        + "VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE warning = VALUES(warning), updated_at = VALUES(updated_at)")
                .setParameter(1, jobExecutionId)
                .setParameter(2, id)
                .setParameter(3, warning)
                .setParameter(4, Timestamp.from(clock.instant()))
                .executeUpdate();
    }

    /** One source per host, path and format: auth.log is read as sshd and as pam (V66). */
    private void requireFreePath(long hostId, String path, String format, Long exceptId) {
        boolean taken = em.createQuery("SELECT s.id FROM LogSource s WHERE s.hostId = :host AND s.path = :path "
                        + "AND s.format = :format", Long.class)
                .setParameter("host", hostId)
                .setParameter("path", path)
                .setParameter("format", format)
                .getResultStream()
                .anyMatch(found -> !found.equals(exceptId));
        if (taken) {
            throw new DuplicateLogSourceException(path);
        }
    }
}
