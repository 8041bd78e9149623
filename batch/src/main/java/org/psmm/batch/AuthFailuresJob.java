package org.psmm.batch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;
import jakarta.inject.Inject;
import org.psmm.config.JobPause;
import org.psmm.logsource.LogSourceService;
import org.psmm.audit.AuditKind;
import org.psmm.audit.AuditTrail;

/**
 * Starts the auth-failures job, never twice at once. The log sources to read are fixed in the
 * job's parameters here, so a restart rebuilds the same partition plan.
 */
@Stateless
public class AuthFailuresJob {

    public static final String NAME = "auth-failures";
    static final int THREADS = 4;

    @EJB
    private LogSourceService sources;

    @EJB
    private AuditTrail audit;

    @Inject
    private JobPause pause;

    @EJB
    private ClusterNodes nodes;

    /** @return the new execution's id */
    public long start() {
        refuseWhilePaused(pause);
        JobOperator operator = BatchRuntime.getJobOperator();
        List<Long> running = running(operator);
        if (!running.isEmpty()) {
            throw new JobConflictException("auth-failures is already running (execution " + running.get(0) + ")");
        }
        List<Long> ids = sources.collectable();
        if (ids.isEmpty()) {
            throw new JobConflictException("No log source to read: add log sources to enabled hosts whose SSH key is confirmed");
        }
        Properties parameters = new Properties();
        parameters.setProperty("sourceIds", ids.stream().map(String::valueOf).collect(Collectors.joining(",")));
        parameters.setProperty("threads", String.valueOf(THREADS));
        long execution = operator.start(NAME, parameters);
        nodes.ran(execution);
        audit.record(AuditKind.JOB_STARTED, NAME + " #" + execution, ids.size() + " log(s)");
        return execution;
    }

    /** How long ago the newest execution was created, by the database's clock; empty if none. */
    public Optional<Duration> sinceLastStart() {
        return nodes.sinceLastStart(NAME);
    }

    /** A restore is replacing the database: no job starts or restarts until it is over. */
    static void refuseWhilePaused(JobPause pause) {
        pause.reason().ifPresent(why -> {
            throw new JobConflictException("Jobs are paused: " + why);
        });
    }

    public boolean isRunning() {
        return !running(BatchRuntime.getJobOperator()).isEmpty();
    }

    private static List<Long> running(JobOperator operator) {
        try {
            return operator.getRunningExecutions(NAME);
        } catch (NoSuchJobException neverRan) {
            return List.of();
        }
    }
}
