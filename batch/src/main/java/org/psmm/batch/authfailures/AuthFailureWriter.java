package org.psmm.batch.authfailures;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.psmm.core.logs.ParsedFailure;
import org.psmm.logsource.LogSource;
import org.psmm.logsource.LogSourceService;

/**
 * Stores a chunk's failures with one batched INSERT in the chunk's transaction. The unique
 * natural key (source, file identity, byte offset) makes a line stored twice impossible;
 * INSERT IGNORE turns such a repeat into nothing rather than a failed chunk.
 */
@Named
@Dependent
public class AuthFailureWriter extends AbstractItemWriter {

    private static final String INSERT = "INSERT IGNORE INTO auth_failure (source_id, host_id, service, format, kind, "
            + "user_name, source_ip, occurred_at, local_time, file_identity, byte_offset, raw_line, collected_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @Inject
    @BatchProperty
    private String sourceId;

    @Resource(lookup = "java:jboss/datasources/PsmmDS")
    private DataSource dataSource;

    @Inject
    private JobContext job;

    @EJB
    private LogSourceService sources;

    @Inject
    private Clock clock;

    private Long hostId;

    @Override
    public void writeItems(List<Object> items) throws Exception {
        long source = Long.parseLong(sourceId);
        if (hostId == null) {
            LogSource s = sources.get(source);
            hostId = s.getHostId();
        }
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        long inserted = 0;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(INSERT)) {
            for (Object item : items) {
                CollectedFailure cf = (CollectedFailure) item;
                ParsedFailure f = cf.failure();
                ps.setLong(1, source);
                ps.setLong(2, hostId);
                ps.setString(3, f.service());
                ps.setString(4, f.format().id());
                ps.setString(5, f.kind().id());
                ps.setString(6, cut(f.user(), 255));
                ps.setString(7, cut(f.ip(), 255));
                // A line without a timestamp (sshd -E) happened at the latest when it was read.
                ps.setObject(8, f.instant() != null ? LocalDateTime.ofInstant(f.instant(), ZoneOffset.UTC) : now);
                ps.setObject(9, f.localTime());
                ps.setString(10, cf.fileIdentity());
                ps.setLong(11, cf.offset());
                ps.setString(12, cf.rawLine());
                ps.setObject(13, now);
                ps.addBatch();
            }
            for (int count : ps.executeBatch()) {
                inserted += count == Statement.SUCCESS_NO_INFO ? 1 : Math.max(0, count);
            }
        }
        sources.addFailures(source, job.getExecutionId(), inserted);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
