package org.psmm.config;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Set while PSMM's database is being replaced by a restore: every timer checks it and skips its
 * round, so nothing writes into tables that are being dropped and reloaded. In memory on purpose:
 * a restart ends a pause (the restore it belonged to is over by then).
 */
@ApplicationScoped
public class JobPause {

    private static final Logger LOG = Logger.getLogger(JobPause.class.getName());
    /** How long running job executions may finish before they are stopped. */
    private static final Duration JOBS_FINISH = Duration.ofSeconds(30);
    private static final Duration JOBS_STOP = Duration.ofMinutes(2);
    private static final Set<BatchStatus> ACTIVE = EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);

    private final AtomicReference<String> reason = new AtomicReference<>();

    /** @return false if already paused (one restore at a time) */
    public boolean pause(String why) {
        return reason.compareAndSet(null, why);
    }

    public void resume() {
        reason.set(null);
    }

    public boolean paused() {
        return reason.get() != null;
    }

    /** Why timers are paused, if they are. */
    public Optional<String> reason() {
        return Optional.ofNullable(reason.get());
    }

    /** Lets running job executions finish for a while, then stops the rest and waits for them. */
    public void awaitRunningJobs() {
        JobOperator operator = BatchRuntime.getJobOperator();
        List<Long> running = running(operator);
        if (running.isEmpty()) {
            return;
        }
        LOG.info(() -> "Waiting for job execution(s) " + running + " before the restore");
        if (awaitEnd(operator, running, JOBS_FINISH)) {
            return;
        }
        for (long id : running(operator)) {
            try {
                operator.stop(id);
                LOG.warning(() -> "Job execution " + id + " stopped for " + reason.get() + "; restart it from the Jobs page");
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "execution " + id + " ended meanwhile", e);
            }
        }
        if (!awaitEnd(operator, running, JOBS_STOP)) {
            throw new IllegalStateException("job executions " + running(operator) + " did not stop within "
                    + JOBS_STOP.toMinutes() + " min; nothing was restored");
        }
    }

    private static List<Long> running(JobOperator operator) {
        List<Long> ids = new ArrayList<>();
        for (String job : operator.getJobNames()) {
            try {
                ids.addAll(operator.getRunningExecutions(job));
            } catch (NoSuchJobException e) {
                // no execution of it
            }
        }
        return ids;
    }

    private static boolean awaitEnd(JobOperator operator, List<Long> ids, Duration limit) {
        long until = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < until) {
            if (ids.stream().noneMatch(id -> ACTIVE.contains(operator.getJobExecution(id).getBatchStatus()))) {
                return true;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
