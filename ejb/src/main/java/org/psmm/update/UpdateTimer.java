package org.psmm.update;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.time.Duration;
import java.util.logging.Logger;
import org.psmm.schedule.RearmingTimer;
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
public class UpdateTimer extends RearmingTimer {

    private static final Logger LOG = Logger.getLogger(UpdateTimer.class.getName());
    private static final Duration RECHECK = Duration.ofMinutes(15);

    @EJB
    private UpdateService updates;

    @EJB
    private UpdateRecorder recorder;

    @EJB
    private Settings settings;

    public UpdateTimer() {
        super("system-updates", RECHECK, RECHECK);
    }

    @PostConstruct
    void failInterrupted() {
        int abandoned = recorder.abandonInterrupted();
        if (abandoned > 0) {
            LOG.warning(() -> abandoned + " update run(s) interrupted by the last stop marked failed");
        }
    }

    @Override
    protected Duration round() {
        int hours = settings.integer(SettingKey.UPDATES_INTERVAL);
        if (hours <= 0) {
            return RECHECK;
        }
        LOG.info(() -> "scheduled system updates: " + updates.updateAll("schedule").size() + " run(s)");
        return Duration.ofHours(hours);
    }
}
