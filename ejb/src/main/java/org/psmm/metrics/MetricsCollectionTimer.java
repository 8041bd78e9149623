package org.psmm.metrics;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.time.Duration;
import org.psmm.schedule.RearmingTimer;
import org.psmm.schedule.RoundLock;
import org.psmm.settings.SettingKey;
import org.psmm.settings.Settings;
import jakarta.annotation.security.RolesAllowed;
import org.psmm.security.PsmmRole;
import org.psmm.audit.AuditKind;
import org.psmm.audit.AuditTrail;

/**
 * Polls every host every {@code metrics.pollIntervalMinutes}, read again after each cycle so a
 * change applies to the next one. One lock serialises the timer's cycles with polls asked for
 * through the API. The first poll comes one minute after deployment.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MetricsCollectionTimer extends RearmingTimer {

    private static final Duration FALLBACK = Duration.ofMinutes(5);

    @EJB
    private AuditTrail audit;

    @EJB
    private MetricsPoller poller;

    @EJB
    private MetricsPurge purge;

    @EJB
    private Settings settings;

    private final RoundLock cycle = new RoundLock("the metrics poll");

    public MetricsCollectionTimer() {
        super("metrics-poll", Duration.ofMinutes(1), FALLBACK);
    }

    @Override
    protected Duration round() {
        cycle.ifIdle(poller::pollAll);
        return settings.duration(SettingKey.METRICS_POLL_INTERVAL);
    }

    /** A cycle now, after the running one if any (API, tests). */
    @RolesAllowed(PsmmRole.ADMIN)
    public PollSummary pollNow() {
        audit.record(AuditKind.METRICS_POLLED, "every host", null);
        return cycle.afterRunning(Duration.ofMinutes(5), poller::pollAll);
    }

    @Schedule(hour = "*", minute = "7,37", persistent = true, info = "metrics-purge")
    void purgeOld() {
        unlessPaused("metrics purge", purge::purgeExpired);
    }
}
