package org.psmm.batch.authfailures;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.psmm.core.logs.LogFormat;
import org.psmm.core.logs.ParsedFailure;
import org.psmm.core.logs.SameAttempt;
import org.psmm.failure.FailureRollup;
import org.psmm.failure.MultiRowInsert;
import org.psmm.logsource.LogSource;
import org.psmm.logsource.LogSourceService;

/**
 * Stores a chunk's failures with multi-row INSERTs in the chunk's transaction, and adds them to
 * the per-day rollups (auth_failure_day) in that same transaction. A line is stored once: the
 * chunk's natural keys (source, file identity, byte offset) are looked up first and the lines
 * already there left out, since the unique key also holds occurred_at (auth_failure is partitioned
 * by it) and a line without a time of its own gets the collection time, different on a re-run.
 * Only the rows inserted are added to the rollups; INSERT IGNORE stays as a net, and should it
 * ever skip a row the lookup did not foresee, the chunk fails rather than count it.
 *
 * <p>Where the host has another enabled log whose failures may be the same attempts as this one's
 * (PAM's auth.log beside vsftpd's log or sshd's: {@link SameAttempt}), each failure is first
 * matched against the other logs' rows: a row of the same service, address and user within
 * {@link SameAttempt#WINDOW} that no line has yet claimed takes this line as its twin (its natural
 * key, so a re-read of the line finds it claimed), and the line is not stored again. The writers
 * of one host's logs run in parallel partitions: they take the host's row lock first, in the chunk's
 * transaction, so that two lines of one attempt are never both stored by two chunks committing at
 * the same time. Hosts with one log, the usual case, pay nothing of this.
 */
@Named
@Dependent
public class AuthFailureWriter extends AbstractItemWriter {

    private static final String INSERT = "INSERT IGNORE INTO auth_failure (source_id, host_id, service, format, kind, "
            + "user_name, source_ip, occurred_at, local_time, file_identity, byte_offset, raw_line, collected_at, user_cut) "
            + "VALUES";
    /** Rows a statement: a row is at most ~6 KB (a raw line of 1024 characters, address and user of 255). */
    private static final int ROWS_PER_STATEMENT = 500;
    private static final String STORED = "SELECT byte_offset FROM auth_failure WHERE source_id = ? AND file_identity = ? "
            + "AND byte_offset BETWEEN ? AND ?";
    private static final String LOCK_HOST = "SELECT id FROM host WHERE id = ? FOR UPDATE";
    private static final String CLAIMED = "SELECT 1 FROM auth_failure WHERE twin_source_id = ? AND twin_file_identity = ? "
            + "AND twin_byte_offset = ?";
    /** The unclaimed row of another log nearest in time; %s is the format condition. */
    private static final String TWIN = "SELECT id FROM auth_failure FORCE INDEX (ix_auth_failure_ip_time) "
            + "WHERE source_ip = ? AND occurred_at BETWEEN ? AND ? AND host_id = ? AND service = ? AND user_name <=> ? "
            + "AND source_id <> ? AND twin_source_id IS NULL AND %s "
            + "ORDER BY ABS(TIMESTAMPDIFF(MICROSECOND, occurred_at, ?)), id LIMIT 1 FOR UPDATE";
    private static final String CLAIM = "UPDATE auth_failure SET twin_source_id = ?, twin_file_identity = ?, "
            + "twin_byte_offset = ? WHERE id = ?";

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

    @Inject
    private StepContext step;

    private Long hostId;
    /** Whether another enabled log of the host may hold this one's attempts (read once per partition). */
    private boolean matchTwins;
    private LogFormat format;

    @Override
    public void writeItems(List<Object> items) throws Exception {
        CollectionPhases phases = CollectionPhases.of(step);
        long began = System.nanoTime();
        phases.writeBegins(began);
        long source = Long.parseLong(sourceId);
        if (hostId == null) {
            LogSource s = sources.get(source);
            hostId = s.getHostId();
            format = LogFormat.byId(s.getFormat()).orElse(null);
            matchTwins = format != null && sources.listFor(hostId).stream().anyMatch(o -> o.getId() != source
                    && o.isEnabled() && LogFormat.byId(o.getFormat()).map(f -> SameAttempt.formatsPair(format, f)).orElse(false));
        }
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        long inserted = 0;
        FailureRollup rollup = new FailureRollup();
        MultiRowInsert rows = new MultiRowInsert(INSERT, "", 14, ROWS_PER_STATEMENT);
        try (Connection c = dataSource.getConnection()) {
            Set<String> stored = stored(c, source, items);
            phases.lookup += System.nanoTime() - began;
            Twins twins = matchTwins ? new Twins(c, source) : null;
            try {
                for (Object item : items) {
                    CollectedFailure cf = (CollectedFailure) item;
                    if (stored.contains(cf.fileIdentity() + "@" + cf.offset())) {
                        continue;
                    }
                    ParsedFailure f = cf.failure();
                    LocalDateTime at = f.instant() != null ? LocalDateTime.ofInstant(f.instant(), ZoneOffset.UTC) : now;
                    if (twins != null && twins.claimed(cf, f, at)) {
                        continue;
                    }
                    String user = cut(f.user(), 255);
                    String ip = cut(f.ip(), 255);
                    // A line without a timestamp (sshd -E) happened at the latest when it was read.
                    rows.add(source, hostId, f.service(), f.format().id(), f.kind().id(), user, ip, at, f.localTime(),
                            cf.fileIdentity(), cf.offset(), cf.rawLine(), now, f.userCut());
                    rollup.add(at, ip, hostId, f.service(), f.kind().id(), user);
                }
            } finally {
                if (twins != null) {
                    twins.close();
                }
            }
            int batched = rows.size();
            if (batched > 0) {
                inserted = rows.execute(c);
                if (inserted != batched) {
                    throw new IllegalStateException("source " + source + ": " + (batched - inserted)
                            + " line(s) of the chunk were stored meanwhile by another writer; the chunk is rolled back");
                }
                long rolled = System.nanoTime();
                phases.insert += rolled - began;
                rollup.write(c);
                phases.rollup += System.nanoTime() - rolled;
            } else {
                phases.insert += System.nanoTime() - began;
            }
        }
        long counted = System.nanoTime();
        sources.addFailures(source, job.getExecutionId(), inserted);
        phases.counts += System.nanoTime() - counted;
        phases.rows += inserted;
        phases.writeEnds(System.nanoTime());
    }

    /** The natural keys ("identity@offset") of the chunk's lines already stored, one range query per file. */
    private static Set<String> stored(Connection c, long source, List<Object> items) throws SQLException {
        Map<String, long[]> ranges = new HashMap<>();
        for (Object item : items) {
            CollectedFailure cf = (CollectedFailure) item;
            long[] r = ranges.computeIfAbsent(cf.fileIdentity(), k -> new long[] {Long.MAX_VALUE, Long.MIN_VALUE});
            r[0] = Math.min(r[0], cf.offset());
            r[1] = Math.max(r[1], cf.offset());
        }
        Set<String> stored = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(STORED)) {
            for (Map.Entry<String, long[]> e : ranges.entrySet()) {
                ps.setLong(1, source);
                ps.setString(2, e.getKey());
                ps.setLong(3, e.getValue()[0]);
                ps.setLong(4, e.getValue()[1]);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        stored.add(e.getKey() + "@" + rs.getLong(1));
                    }
                }
            }
        }
        return stored;
    }

    /** The matching of one chunk's failures against the other logs' rows, under the host's lock. */
    private final class Twins implements AutoCloseable {
        private final long source;
        private final PreparedStatement claimed;
        private final PreparedStatement twin;
        private final PreparedStatement claim;

        Twins(Connection c, long source) throws SQLException {
            this.source = source;
            try (PreparedStatement lock = c.prepareStatement(LOCK_HOST)) {
                lock.setLong(1, hostId);
                lock.executeQuery().close();
            }
            claimed = c.prepareStatement(CLAIMED);
            // Formats are ids of an enum, never text from a log.
            twin = c.prepareStatement(TWIN.formatted(format == LogFormat.PAM ? "format <> 'pam'" : "format = 'pam'"));
            claim = c.prepareStatement(CLAIM);
        }

        /** Whether this line is, or now becomes, the twin of a row already stored. */
        boolean claimed(CollectedFailure cf, ParsedFailure f, LocalDateTime at) throws SQLException {
            claimed.setLong(1, source);
            claimed.setString(2, cf.fileIdentity());
            claimed.setLong(3, cf.offset());
            try (ResultSet rs = claimed.executeQuery()) {
                if (rs.next()) {
                    return true;
                }
            }
            if (f.instant() == null) {
                return false;
            }
            Instant t = f.instant();
            twin.setString(1, cut(f.ip(), 255));
            twin.setObject(2, LocalDateTime.ofInstant(t.minus(SameAttempt.WINDOW), ZoneOffset.UTC));
            twin.setObject(3, LocalDateTime.ofInstant(t.plus(SameAttempt.WINDOW), ZoneOffset.UTC));
            twin.setLong(4, hostId);
            twin.setString(5, f.service());
            twin.setString(6, cut(f.user(), 255));
            twin.setLong(7, source);
            twin.setObject(8, at);
            Long id = null;
            try (ResultSet rs = twin.executeQuery()) {
                if (rs.next()) {
                    id = rs.getLong(1);
                }
            }
            if (id == null) {
                return false;
            }
            claim.setLong(1, source);
            claim.setString(2, cf.fileIdentity());
            claim.setLong(3, cf.offset());
            claim.setLong(4, id);
            claim.executeUpdate();
            return true;
        }

        @Override
        public void close() throws SQLException {
            claimed.close();
            twin.close();
            claim.close();
        }
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
