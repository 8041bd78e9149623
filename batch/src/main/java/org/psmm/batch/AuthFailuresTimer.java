package org.psmm.batch;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import org.psmm.config.JobPause;
import org.psmm.config.ServerEnvironment;

/**
 * Starts auth-failures every few minutes (PSMM_AUTH_FAILURES_INTERVAL, 0 = only on demand),
 * unless an execution is still running. Not persistent: it is re-armed at every start, and the
 * running check reads the shared job repository, so two nodes never collect at once.
 */
@Singleton
@Startup
public class AuthFailuresTimer {

    private static final Logger LOG = Logger.getLogger(AuthFailuresTimer.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private ServerEnvironment environment;

    @EJB
    private AuthFailuresJob job;

    @Inject
    private JobPause pause;

    @PostConstruct
    void arm() {
        Duration every = environment.authFailuresInterval();
        if (every.isZero()) {
            LOG.info("auth-failures runs on demand only (PSMM_AUTH_FAILURES_INTERVAL=0)");
            return;
        }
        timers.createIntervalTimer(every.toMillis(), every.toMillis(), new TimerConfig(null, false));
        LOG.info(() -> "auth-failures runs every " + every.toMinutes() + " min");
    }

    @Timeout
    void collect() {
        if (pause.paused()) {
            return; // a restore is replacing the database; the next tick collects
        }
        try {
            job.start();
        } catch (JobConflictException e) {
            LOG.fine(e::getMessage);
        }
    }
}
