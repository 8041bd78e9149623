package org.psmm.failure;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.psmm.schedule.RearmingTimer;
import org.psmm.schedule.RoundLock;
import org.psmm.settings.SettingKey;
import org.psmm.settings.Settings;
import org.psmm.settings.SettingsChanged;

/**
 * Every hour, and at once when failures.keepMonths changes here: the coming months' partitions
 * are made ({@link FailurePartitions#createAhead}) and the months past the retention dropped.
 * Hourly so that a moved clock or a change made on another node is followed soon; a round that
 * finds nothing to do reads information_schema and nothing else.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class FailurePartitionTimer extends RearmingTimer {

    static final Duration EVERY = Duration.ofHours(1);

    @EJB
    private FailurePartitions partitions;

    @EJB
    private Settings settings;

    @Inject
    private Clock clock;

    private final RoundLock lock = new RoundLock("the failed logins' partitions");

    public FailurePartitionTimer() {
        super("failure-partitions", Duration.ofSeconds(20), Duration.ofMinutes(10));
    }

    public void onSettingsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) SettingsChanged change) {
        if (change.keys().contains(SettingKey.FAILURES_KEEP_MONTHS)) {
            rearm(Duration.ofSeconds(1));
        }
    }

    @Override
    protected Duration round() {
        lock.ifIdle(() -> {
            Instant now = clock.instant();
            partitions.createAhead(now);
            partitions.dropExpired(now, settings.integer(SettingKey.FAILURES_KEEP_MONTHS));
            return null;
        });
        return EVERY;
    }
}
