package org.psmm.metrics;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.psmm.config.JobPause;
import org.psmm.settings.SettingKey;
import org.psmm.settings.Settings;

/**
 * Polls every host at the interval the settings say, read again after each cycle so a change
 * applies to the next one. A single-action timer re-armed when a cycle ends cannot overlap
 * itself, and one lock serialises it with polls asked for through the API. Non-persistent:
 * after a restart the first poll comes one minute after deployment.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MetricsCollectionTimer {

    private static final Logger LOG = Logger.getLogger(MetricsCollectionTimer.class.getName());

    @Resource
    private TimerService timers;

    @EJB
    private MetricsPoller poller;

    @EJB
    private MetricsPurge purge;

    @EJB
    private Settings settings;

    @Inject
    private JobPause pause;

    private final ReentrantLock cycle = new ReentrantLock();

    @PostConstruct
    void start() {
        arm(Duration.ofMinutes(1));
    }

    private void arm(Duration delay) {
        timers.createSingleActionTimer(delay.toMillis(), new TimerConfig("metrics-poll", false));
    }

    @Timeout
    void onTimeout(Timer timer) {
        try {
            if (!pause.paused()) {
                tryPoll();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "metrics poll failed", e);
        } finally {
            Duration next = Duration.ofMinutes(5);
            try {
                next = settings.duration(SettingKey.METRICS_POLL_INTERVAL);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "cannot read the poll interval, using 5 min", e);
            }
            arm(next);
        }
    }

    /** A cycle now unless one is running (the timer skips rather than queue behind it). */
    private Optional<PollSummary> tryPoll() {
        if (!cycle.tryLock()) {
            return Optional.empty();
        }
        try {
            return Optional.of(poller.pollAll());
        } finally {
            cycle.unlock();
        }
    }

    /** A cycle now, after the running one if any (API, tests). */
    public PollSummary pollNow() {
        try {
            if (!cycle.tryLock(5, TimeUnit.MINUTES)) {
                throw new IllegalStateException("a metrics poll has been running for 5 minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        try {
            return poller.pollAll();
        } finally {
            cycle.unlock();
        }
    }

    @Schedule(hour = "*", minute = "7,37", persistent = false, info = "metrics-purge")
    void purgeOld() {
        if (pause.paused()) {
            return;
        }
        try {
            purge.purgeExpired();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "metrics purge failed", e);
        }
    }
}
