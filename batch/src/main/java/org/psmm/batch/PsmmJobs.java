package org.psmm.batch;

import jakarta.annotation.Resource;
import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionIsRunningException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import javax.sql.DataSource;
import org.psmm.error.PsmmException;
import org.psmm.logsource.LogSourceService;
import jakarta.annotation.security.RolesAllowed;
import org.psmm.security.PsmmRole;
import org.psmm.audit.AuditKind;
import org.psmm.audit.AuditTrail;

/**
 * The executions of PSMM's jobs, newest first, with what each partition did and why one failed;
 * restart (each partition resumes from its cursor), stop and abandon.
 */
@Stateless
public class PsmmJobs {

    static final List<String> JOBS = List.of(AuthFailuresJob.NAME);

    @EJB
    private AuditTrail audit;

    @Resource(lookup = "java:jboss/datasources/PsmmDS")
    private DataSource dataSource;

    @EJB
    private LogSourceService sources;

    @EJB
    private ClusterNodes nodes;

    @jakarta.inject.Inject
    private org.psmm.config.JobPause pause;

    public List<JobExecutionView> executions(int max) {
        JobOperator operator = BatchRuntime.getJobOperator();
        List<JobExecution> executions = new ArrayList<>();
        Set<Long> latest = new HashSet<>();
        for (String job : JOBS) {
            try {
                for (JobInstance instance : operator.getJobInstances(job, 0, max)) {
                    List<JobExecution> ofInstance = operator.getJobExecutions(instance);
                    ofInstance.stream().mapToLong(JobExecution::getExecutionId).max().ifPresent(latest::add);
                    executions.addAll(ofInstance);
                }
            } catch (NoSuchJobException neverRan) {
                // nothing to list for this job yet
            }
        }
        return executions.stream()
                .sorted(Comparator.comparingLong(JobExecution::getExecutionId).reversed())
                .limit(max)
                .map(e -> view(e, latest))
                .toList();
    }

    public JobExecutionView execution(long id) {
        JobOperator operator = BatchRuntime.getJobOperator();
        JobExecution execution = find(operator, id);
        Set<Long> latest = new HashSet<>();
        operator.getJobExecutions(operator.getJobInstance(id)).stream().mapToLong(JobExecution::getExecutionId).max()
                .ifPresent(latest::add);
        return view(execution, latest);
    }

    /** Restarts a failed or stopped execution with its own parameters; returns the new id. */
    @RolesAllowed({PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public long restart(long id) {
        AuthFailuresJob.refuseWhilePaused(pause);
        JobOperator operator = BatchRuntime.getJobOperator();
        JobExecution execution = find(operator, id);
        if (AuthFailuresJob.NAME.equals(execution.getJobName()) && !operator.getRunningExecutions(AuthFailuresJob.NAME).isEmpty()) {
            throw new JobConflictException("auth-failures is already running");
        }
        try {
            long restarted = operator.restart(id, execution.getJobParameters());
            nodes.ran(restarted);
            audit.record(AuditKind.JOB_RESTARTED, execution.getJobName() + " #" + id, "new execution " + restarted);
            return restarted;
        } catch (JobRestartException | JobExecutionAlreadyCompleteException | JobExecutionNotMostRecentException e) {
            throw new JobConflictException("This execution cannot be restarted: " + e.getMessage());
        }
    }

    @RolesAllowed({PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public void stop(long id) {
        JobOperator operator = BatchRuntime.getJobOperator();
        JobExecution execution = find(operator, id);
        try {
            operator.stop(id);
            audit.record(AuditKind.JOB_STOPPED, execution.getJobName() + " #" + id, null);
        } catch (JobExecutionNotRunningException e) {
            throw new JobConflictException("This execution is not running");
        }
    }

    @RolesAllowed({PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public void abandon(long id) {
        JobOperator operator = BatchRuntime.getJobOperator();
        JobExecution execution = find(operator, id);
        try {
            operator.abandon(id);
            audit.record(AuditKind.JOB_ABANDONED, execution.getJobName() + " #" + id, null);
        } catch (JobExecutionIsRunningException e) {
            throw new JobConflictException("This execution is running: stop it first");
        }
    }

    private static JobExecution find(JobOperator operator, long id) {
        try {
            return operator.getJobExecution(id);
        } catch (NoSuchJobExecutionException e) {
            throw PsmmException.notFound("No such job execution");
        }
    }

    /** @param latest the latest execution of each instance: only those can be restarted */
    private JobExecutionView view(JobExecution e, Set<Long> latest) {
        Instant start = e.getStartTime() == null ? null : e.getStartTime().toInstant();
        Instant end = e.getEndTime() == null ? null : e.getEndTime().toInstant();
        // JBeret stamps executions with the system's time, not PSMM's clock: a running one's age is
        // measured against the same time, or a moved test clock would make it hours long.
        Long duration = start == null ? null : (end == null ? Instant.now() : end).toEpochMilli() - start.toEpochMilli();
        List<Long> sourceIds = sourceIds(e.getJobParameters());
        Map<Long, LogSourceService.Progress> progress = new HashMap<>();
        sources.progressOf(e.getExecutionId()).forEach(p -> progress.put(p.sourceId(), p));
        List<JobExecutionView.PartitionView> partitions = new ArrayList<>();
        for (Object[] p : partitionRows(e.getExecutionId())) {
            int number = (Integer) p[0];
            Long sourceId = number < sourceIds.size() ? sourceIds.get(number) : null;
            LogSourceService.Progress done = sourceId == null ? null : progress.get(sourceId);
            partitions.add(new JobExecutionView.PartitionView(number, sourceId, (String) p[1],
                    done == null ? 0 : done.linesRead(), done == null ? 0 : done.linesSkipped(),
                    done == null ? 0 : done.failuresStored(), reason((String) p[2]), done == null ? 0 : done.journalGaps(),
                    done == null ? null : done.warning()));
        }
        return new JobExecutionView(e.getExecutionId(), e.getJobName(), e.getBatchStatus().name(), e.getExitStatus(),
                start, end, duration,
                progress.values().stream().mapToLong(LogSourceService.Progress::linesRead).sum(),
                progress.values().stream().mapToLong(LogSourceService.Progress::failuresStored).sum(),
                progress.values().stream().mapToLong(LogSourceService.Progress::linesSkipped).sum(),
                latest.contains(e.getExecutionId()), partitions);
    }

    private static List<Long> sourceIds(Properties parameters) {
        String ids = parameters == null ? null : parameters.getProperty("sourceIds");
        if (ids == null || ids.isBlank()) {
            return List.of();
        }
        return Arrays.stream(ids.split(",")).map(String::trim).map(Long::valueOf).toList();
    }

    // JBeret keeps partition outcomes in its own table (same datasource); its API does not expose them.
    private List<Object[]> partitionRows(long executionId) {
        List<Object[]> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT p.PARTITIONEXECUTIONID, p.BATCHSTATUS, p.EXECUTIONEXCEPTION "
                        + "FROM PARTITION_EXECUTION p JOIN STEP_EXECUTION s ON s.STEPEXECUTIONID = p.STEPEXECUTIONID "
                        + "WHERE s.JOBEXECUTIONID = ? ORDER BY p.PARTITIONEXECUTIONID")) {
            ps.setLong(1, executionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Object[] {rs.getInt(1), rs.getString(2), rs.getString(3)});
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the job repository: " + e.getMessage(), e);
        }
        return rows;
    }

    /** The first line of the stored exception, without the class name when it has a message. */
    static String reason(String stored) {
        if (stored == null || stored.isBlank()) {
            return null;
        }
        String first = stored.strip().lines().findFirst().orElse("");
        int colon = first.indexOf(": ");
        String message = colon > 0 && first.substring(0, colon).matches("[\\w.$]+") ? first.substring(colon + 2) : first;
        return message.length() > 500 ? message.substring(0, 500) + "..." : message;
    }
}
