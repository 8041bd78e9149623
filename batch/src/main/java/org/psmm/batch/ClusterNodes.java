package org.psmm.batch;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.psmm.audit.AuditKind;
import org.psmm.audit.AuditTrail;
import org.psmm.schedule.Cluster;

/**
 * The nodes of a cluster as the shared database knows them (nothing on a single server). Every
 * {@link #BEAT} each node writes that it is alive (the database's clock) and looks for job
 * executions still STARTED on a node silent for {@link #DEAD_AFTER}: such an execution is marked
 * ABANDONED (one conditional UPDATE, so of two living nodes only one takes it over) and the job
 * is started again. Its partitions continue from the cursors committed with the failures they
 * stored (RemoteLogReader), so the dead node's uncommitted chunk is read again and nothing is
 * stored twice.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ClusterNodes {

    private static final Logger LOG = Logger.getLogger(ClusterNodes.class.getName());
    static final Duration BEAT = Duration.ofSeconds(2);
    static final Duration DEAD_AFTER = Duration.ofSeconds(10);
    private static final String RUNNING = "('STARTING', 'STARTED', 'STOPPING')";

    @Resource
    private TimerService timers;

    @Resource(lookup = "java:jboss/datasources/PsmmDS")
    private DataSource dataSource;

    @EJB
    private AuthFailuresJob job;

    @EJB
    private AuditTrail audit;

    @Inject
    private Clock clock;

    private boolean ownLeftOver = true;
    private String lastFailure;

    @PostConstruct
    void start() {
        if (Cluster.enabled()) {
            // Each node its own beat: a timer that is not persistent fires on this node only.
            timers.createIntervalTimer(BEAT.toMillis(), BEAT.toMillis(), new TimerConfig("cluster-node-beat", false));
        }
    }

    @Timeout
    void beat() {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO cluster_node (name, started_at, seen_at)"
                    + " VALUES (?, NOW(6), NOW(6)) ON DUPLICATE KEY UPDATE seen_at = NOW(6)")) {
                ps.setString(1, Cluster.nodeName());
                ps.executeUpdate();
            }
            List<Long> orphans = new ArrayList<>();
            // This node's own executions are orphans once, at its start: it was killed while they ran.
            try (PreparedStatement ps = c.prepareStatement("SELECT n.execution_id FROM job_execution_node n"
                    + " JOIN JOB_EXECUTION e ON e.JOBEXECUTIONID = n.execution_id"
                    + " LEFT JOIN cluster_node c ON c.name = n.node_name"
                    + " WHERE e.BATCHSTATUS IN " + RUNNING
                    + " AND ((n.node_name <> ? AND (c.seen_at IS NULL OR c.seen_at < NOW(6) - INTERVAL ? SECOND))"
                    + " OR (n.node_name = ? AND ?))")) {
                ps.setString(1, Cluster.nodeName());
                ps.setLong(2, DEAD_AFTER.toSeconds());
                ps.setString(3, Cluster.nodeName());
                ps.setBoolean(4, ownLeftOver);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        orphans.add(rs.getLong(1));
                    }
                }
            }
            ownLeftOver = false;
            for (long execution : orphans) {
                if (abandon(c, execution)) {
                    takeOver(execution);
                }
            }
            // A timer whose timeout was running on a node that died stays IN_TIMEOUT in the store,
            // and no other node would fire it again: it is active again, for a living node to fire.
            try (PreparedStatement ps = c.prepareStatement("UPDATE JBOSS_EJB_TIMER t JOIN cluster_node c"
                    // WildFly made its table in the server's default collation, PSMM its own: compare as PSMM's
                    + " ON c.name = CONVERT(t.NODE_NAME USING utf8mb4) COLLATE utf8mb4_unicode_ci"
                    + " SET t.TIMER_STATE = 'ACTIVE' WHERE t.TIMER_STATE IN ('IN_TIMEOUT', 'RETRY_TIMEOUT')"
                    + " AND c.name <> ? AND c.seen_at < NOW(6) - INTERVAL ? SECOND")) {
                ps.setString(1, Cluster.nodeName());
                ps.setLong(2, DEAD_AFTER.toSeconds());
                ps.executeUpdate();
            }
        } catch (SQLException | RuntimeException e) {
            // the schema may not be there yet (first deployment), or the database is away: next beat;
            // said once per different reason, not every 2 s
            String why = String.valueOf(e.getMessage());
            LOG.log(why.equals(lastFailure) ? Level.FINE : Level.WARNING, "cluster beat failed: " + why, e);
            lastFailure = why;
            return;
        }
        lastFailure = null;
    }

    /** Marks the execution and its steps and partitions ABANDONED; false if another node did first. */
    private boolean abandon(Connection c, long execution) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE JOB_EXECUTION SET BATCHSTATUS = 'ABANDONED',"
                + " EXITSTATUS = 'its node died', ENDTIME = ?, LASTUPDATEDTIME = ? WHERE JOBEXECUTIONID = ? AND BATCHSTATUS IN "
                + RUNNING)) {
            Timestamp now = Timestamp.from(clock.instant());
            ps.setTimestamp(1, now);
            ps.setTimestamp(2, now);
            ps.setLong(3, execution);
            if (ps.executeUpdate() != 1) {
                return false;
            }
        }
        try (PreparedStatement steps = c.prepareStatement("UPDATE STEP_EXECUTION SET BATCHSTATUS = 'ABANDONED', ENDTIME = ?"
                + " WHERE JOBEXECUTIONID = ? AND BATCHSTATUS IN " + RUNNING);
                PreparedStatement partitions = c.prepareStatement("UPDATE PARTITION_EXECUTION p JOIN STEP_EXECUTION s"
                        + " ON s.STEPEXECUTIONID = p.STEPEXECUTIONID SET p.BATCHSTATUS = 'ABANDONED'"
                        + " WHERE s.JOBEXECUTIONID = ? AND p.BATCHSTATUS IN " + RUNNING)) {
            steps.setTimestamp(1, Timestamp.from(clock.instant()));
            steps.setLong(2, execution);
            steps.executeUpdate();
            partitions.setLong(1, execution);
            partitions.executeUpdate();
        }
        return true;
    }

    private void takeOver(long abandoned) {
        audit.recordAs(Cluster.nodeName(), null, AuditKind.JOB_ABANDONED, AuthFailuresJob.NAME + " #" + abandoned,
                "its node died; taken over by " + Cluster.nodeName());
        try {
            long execution = job.start();
            LOG.warning(() -> AuthFailuresJob.NAME + " #" + abandoned + " ran on a node that died: abandoned, and its work"
                    + " continues from its checkpoint in #" + execution + " on " + Cluster.nodeName());
        } catch (JobConflictException e) {
            LOG.warning(() -> AuthFailuresJob.NAME + " #" + abandoned + " ran on a node that died: abandoned; " + e.getMessage());
        }
    }

    /** On a cluster: this node runs the execution (the others take it over if this node dies). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void ran(long execution) {
        if (!Cluster.enabled()) {
            return;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("INSERT INTO job_execution_node (execution_id, node_name) VALUES (?, ?)"
                        + " ON DUPLICATE KEY UPDATE node_name = VALUES(node_name)")) {
            ps.setLong(1, execution);
            ps.setString(2, Cluster.nodeName());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record the node of execution " + execution + ": " + e.getMessage(), e);
        }
    }

    /** How long ago the newest execution of the job was created (any node's); empty if it never ran. */
    public Optional<Duration> sinceLastStart(String jobName) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT MAX(e.CREATETIME) FROM JOB_EXECUTION e"
                        + " JOIN JOB_INSTANCE i ON i.JOBINSTANCEID = e.JOBINSTANCEID WHERE i.JOBNAME = ?")) {
            ps.setString(1, jobName);
            try (ResultSet rs = ps.executeQuery()) {
                Timestamp newest = rs.next() ? rs.getTimestamp(1) : null;
                return newest == null ? Optional.empty() : Optional.of(Duration.between(newest.toInstant(), clock.instant()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the job repository: " + e.getMessage(), e);
        }
    }
}
