package org.psmm.update;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
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
import java.util.logging.Level;
import java.util.logging.Logger;
import org.psmm.config.JobPause;
import org.psmm.settings.SettingKey;
import org.psmm.settings.Settings;

/**
 * Scheduled updates of every host, every "updates.intervalHours" (0, the default: never). The
 * setting is read again at each wake-up, so turning it on takes effect within 15 minutes.
 * Also fails runs a server stop left running: nothing would ever finish them.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class UpdateTimer {

    private static final Logger LOG = Logger.getLogger(UpdateTimer.class.getName());
    private static final Duration RECHECK = Duration.ofMinutes(15);

    @Resource
    private TimerService timers;

    @EJB
    private UpdateService updates;

    @EJB
    private UpdateRecorder recorder;

    @EJB
    private Settings settings;

    @Inject
    private JobPause pause;

    @PostConstruct
    void start() {
        int abandoned = recorder.abandonInterrupted();
        if (abandoned > 0) {
            LOG.warning(() -> abandoned + " update run(s) interrupted by the last stop marked failed");
        }
        arm(RECHECK);
    }

    private void arm(Duration delay) {
        timers.createSingleActionTimer(delay.toMillis(), new TimerConfig("system-updates", false));
    }

    @Timeout
    void onTimeout(Timer timer) {
        Duration next = RECHECK;
        try {
            int hours = settings.integer(SettingKey.UPDATES_INTERVAL);
            if (hours > 0 && !pause.paused()) {
                LOG.info(() -> "scheduled system updates: " + updates.updateAll("schedule").size() + " run(s)");
                next = Duration.ofHours(hours);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "scheduled system updates failed to start", e);
        } finally {
            arm(next);
        }
    }
}
