package org.psmm.batch;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.psmm.config.JobPause;
import org.psmm.config.ServerEnvironment;
import org.psmm.schedule.Cluster;
import org.psmm.settings.SettingKey;
import org.psmm.settings.Settings;

/**
 * Starts auth-failures every {@code collection.authFailuresIntervalMinutes} (a setting, 5 by
 * default, 0 = only on demand), unless an execution is still running. It looks every 10 s, so
 * a changed interval applies at once without a restart; the running check reads the shared job
 * repository. Its timer is persistent: on a cluster each look happens on one node only, and the
 * time of the last start is read from the shared repository, not from this node's memory.
 */
@Singleton
@Startup
public class AuthFailuresTimer {

    private static final Logger LOG = Logger.getLogger(AuthFailuresTimer.class.getName());

    @Inject
    private ServerEnvironment environment;

    @Inject
    private Clock clock;

    @EJB
    private Settings settings;

    @EJB
    private AuthFailuresJob job;

    @Inject
    private JobPause pause;

    private boolean scheduled;
    private Instant lastStart = Instant.MIN;

    @PostConstruct
    void init() {
        scheduled = environment.authFailuresScheduled();
        if (!scheduled) {
            LOG.info("auth-failures runs on demand only on this server (PSMM_AUTH_FAILURES_SCHEDULED=false)");
        }
    }

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = true, info = "auth-failures")
    void tick() {
        if (!scheduled || pause.paused()) {
            return; // paused: a restore is replacing the database; a later tick collects
        }
        Duration every = settings.duration(SettingKey.AUTH_FAILURES_INTERVAL);
        Instant now = clock.instant();
        // 5 s early is on time (ticks and starts drift by a few hundred ms); an interval shorter than
        // 10 s (PSMM_INTERVAL_SCALE, tests only) has no such margin: Instant.MIN minus 5 s overflows.
        Duration due = every.compareTo(Duration.ofSeconds(10)) < 0 ? every : every.minusSeconds(5);
        if (every.isZero() || now.isBefore(lastStart.plus(due))) {
            return;
        }
        if (Cluster.enabled() && job.sinceLastStart().filter(since -> since.compareTo(due) < 0).isPresent()) {
            return; // another node started it less than an interval ago
        }
        try {
            job.start();
            lastStart = now;
        } catch (JobConflictException e) {
            LOG.fine(e::getMessage);
        }
    }
}
