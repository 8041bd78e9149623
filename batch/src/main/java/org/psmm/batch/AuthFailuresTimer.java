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
import org.psmm.settings.SettingKey;
import org.psmm.settings.Settings;

/**
 * Starts auth-failures every {@code collection.authFailuresIntervalMinutes} (a setting, 5 by
 * default, 0 = only on demand), unless an execution is still running. It looks every minute, so
 * a changed interval applies within a minute without a restart; the running check reads the
 * shared job repository, so two nodes never collect at once.
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

    @Schedule(hour = "*", minute = "*", persistent = false, info = "auth-failures")
    void tick() {
        if (!scheduled || pause.paused()) {
            return; // paused: a restore is replacing the database; a later tick collects
        }
        Duration every = settings.duration(SettingKey.AUTH_FAILURES_INTERVAL);
        Instant now = clock.instant();
        if (every.isZero() || now.isBefore(lastStart.plus(every.minusSeconds(5)))) {
            return;
        }
        try {
            job.start();
            lastStart = now;
        } catch (JobConflictException e) {
            LOG.fine(e::getMessage);
        }
    }
}
