package org.psmm.backup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.psmm.config.JobPause;
import org.psmm.settings.SettingKey;
import org.psmm.settings.Settings;

/**
 * Backs up every {@code backups.intervalHours} (3 by default; 0: on demand only), counted from the newest backup in
 * the directory, so a restart neither skips a backup nor takes one too early. A single-action
 * timer, re-armed after each round with the interval read again, so a change applies at once.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BackupTimer {

    private static final Logger LOG = Logger.getLogger(BackupTimer.class.getName());
    private static final Duration FIRST_CHECK = Duration.ofMinutes(1);
    private static final Duration RETRY_WHILE_PAUSED = Duration.ofMinutes(5);

    @Resource
    private TimerService timers;

    @EJB
    private BackupService backups;

    @EJB
    private Settings settings;

    @Inject
    private JobPause pause;

    @Inject
    private java.time.Clock clock;

    @PostConstruct
    void start() {
        arm(FIRST_CHECK);
    }

    private void arm(Duration delay) {
        timers.createSingleActionTimer(Math.max(1000, delay.toMillis()), new TimerConfig("backup", false));
    }

    @Timeout
    void onTimeout() {
        Duration next = RETRY_WHILE_PAUSED;
        try {
            if (pause.paused() || backups.busy()) {
                return;
            }
            Duration every = settings.duration(SettingKey.BACKUP_INTERVAL);
            if (every.isZero()) {
                return; // on demand only; looked at again in a few minutes
            }
            Duration since = sinceNewest();
            if (since == null || since.compareTo(every) >= 0) {
                try {
                    backups.backUp("timer");
                } catch (BackupException e) {
                    LOG.warning(e.getMessage()); // recorded, alerted and told to the admins already
                }
                next = every;
            } else {
                next = every.minus(since);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "backup round failed", e);
        } finally {
            arm(next);
        }
    }

    /** Time since the newest backup on disk, or null when there is none. */
    private Duration sinceNewest() {
        return backups.newest()
                .map(taken -> Duration.between(taken, clock.instant()))
                .map(d -> d.isNegative() ? Duration.ZERO : d)
                .orElse(null);
    }

    /** When the next timed backup is due (for the Backups page), null when they are off. */
    public Instant nextDue() {
        if (settings.integer(SettingKey.BACKUP_INTERVAL) == 0) {
            return null;
        }
        return timers.getTimers().stream().map(t -> t.getNextTimeout().toInstant()).min(Instant::compareTo).orElse(null);
    }
}
