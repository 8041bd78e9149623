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
import org.psmm.core.logs.rotation.LogCursor;
import org.psmm.host.Host;
import org.psmm.host.HostRole;
import org.psmm.host.HostService;

/** The logs read on each host, the defaults suggested by a host's roles, and their cursors. */
@Stateless
public class LogSourceService {

    @PersistenceContext(unitName = "psmm")
    private EntityManager em;

    @EJB
    private HostService hosts;

    @Inject
    private Clock clock;

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

    public LogSource create(long hostId, @NotNull @Valid LogSourceForm form) {
        hosts.get(hostId);
        String path = form.getPath().trim();
        requireFreePath(hostId, path, null);
        LogSource source = new LogSource(hostId, path, form.getFormat(), form.isEnabled(), clock.instant());
        em.persist(source);
        em.flush();
        return source;
    }

    public LogSource update(long id, @NotNull @Valid LogSourceForm form) {
        LogSource source = get(id);
        String path = form.getPath().trim();
        requireFreePath(source.getHostId(), path, id);
        source.change(path, form.getFormat(), form.isEnabled());
        return source;
    }

    public void delete(long id) {
        em.remove(get(id));
    }

    /**
     * The usual logs of a Debian server with these roles; the admin keeps those that exist.
     * SSH is read on every host: it is the most attacked service.
     */
    public static List<LogSourceForm> suggestions(Host host) {
        List<LogSourceForm> forms = new ArrayList<>();
        forms.add(new LogSourceForm("/var/log/auth.log", "sshd"));
        if (host.getRoles().contains(HostRole.SQL)) {
            forms.add(new LogSourceForm("/var/log/mysql/error.log", "mariadb"));
        }
        if (host.getRoles().contains(HostRole.FTP)) {
            forms.add(new LogSourceForm("/var/log/vsftpd.log", "vsftpd"));
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
                        + "AND h.enabled = TRUE AND h.hostKey IS NOT NULL ORDER BY s.id", Long.class)
                .getResultList();
    }

    /**
     * Saves how far the log was read, in the transaction that stores what was read up to there,
     * and what this job execution read from it.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void advance(long id, long jobExecutionId, LogCursor cursor, long lines, long skipped) {
        get(id).advance(cursor, lines, skipped, clock.instant());
        progress(id, jobExecutionId, lines, skipped, 0);
    }

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void addFailures(long id, long jobExecutionId, long count) {
        get(id).addFailures(count);
        progress(id, jobExecutionId, 0, 0, count);
    }

    private void progress(long id, long jobExecutionId, long lines, long skipped, long failures) {
        em.createNativeQuery("INSERT INTO collection_progress (job_execution_id, source_id, lines_read, lines_skipped, "
                        + "failures_stored, updated_at) VALUES (?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE "
                        + "lines_read = lines_read + VALUES(lines_read), lines_skipped = lines_skipped + VALUES(lines_skipped), "
                        + "failures_stored = failures_stored + VALUES(failures_stored), updated_at = VALUES(updated_at)")
                .setParameter(1, jobExecutionId)
                .setParameter(2, id)
                .setParameter(3, lines)
                .setParameter(4, skipped)
                .setParameter(5, failures)
                .setParameter(6, Timestamp.from(clock.instant()))
                .executeUpdate();
    }

    /** Per source: lines read, skipped and failures stored by one job execution. */
    public record Progress(long sourceId, long linesRead, long linesSkipped, long failuresStored) {
    }

    public List<Progress> progressOf(long jobExecutionId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT source_id, lines_read, lines_skipped, failures_stored "
                        + "FROM collection_progress WHERE job_execution_id = ? ORDER BY source_id")
                .setParameter(1, jobExecutionId)
                .getResultList();
        return rows.stream().map(r -> new Progress(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue(), ((Number) r[3]).longValue())).toList();
    }

    /** Records (or clears, with null) why the last read failed or missed lines; survives a rollback. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordError(long id, String error) {
        LogSource source = em.find(LogSource.class, id);
        if (source != null) {
            source.setLastError(error);
        }
    }

    private void requireFreePath(long hostId, String path, Long exceptId) {
        boolean taken = em.createQuery("SELECT s.id FROM LogSource s WHERE s.hostId = :host AND s.path = :path", Long.class)
                .setParameter("host", hostId)
                .setParameter("path", path)
                .getResultStream()
                .anyMatch(found -> !found.equals(exceptId));
        if (taken) {
            throw new DuplicateLogSourceException(path);
        }
    }
}
