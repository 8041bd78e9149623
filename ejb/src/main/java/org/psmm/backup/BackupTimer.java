package org.psmm.backup;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.psmm.schedule.RearmingTimer;
import org.psmm.settings.SettingKey;
import org.psmm.settings.Settings;

/**
 * Backs up every {@code backups.intervalHours} (3 by default; 0: on demand only), counted from the newest backup in
 * the directory, so a restart neither skips a backup nor takes one too early; the interval is
 * read again after each round, so a change applies at once.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class BackupTimer extends RearmingTimer {

    private static final Logger LOG = Logger.getLogger(BackupTimer.class.getName());
    private static final Duration FIRST_CHECK = Duration.ofMinutes(1);
    private static final Duration RETRY_WHILE_PAUSED = Duration.ofMinutes(5);

    @EJB
    private BackupList backups;

    @EJB
    private BackupTaker taker;

    @jakarta.inject.Inject
    private BackupLock lock;

    @EJB
    private Settings settings;

    @Inject
    private java.time.Clock clock;

    public BackupTimer() {
        super("backup", FIRST_CHECK, RETRY_WHILE_PAUSED);
    }

    @Override
    protected Duration round() {
        if (lock.busy()) {
            return RETRY_WHILE_PAUSED;
        }
        Duration every = settings.duration(SettingKey.BACKUP_INTERVAL);
        if (every.isZero()) {
            return RETRY_WHILE_PAUSED; // on demand only; looked at again in a few minutes
        }
        Duration since = sinceNewest();
        if (since != null && since.compareTo(every) < 0) {
            return every.minus(since);
        }
        try {
            taker.backUp("timer");
        } catch (BackupException e) {
            LOG.warning(e.getMessage()); // recorded, alerted and told to the admins already
        }
        return every;
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
        return nextRound().orElse(null);
    }
}
