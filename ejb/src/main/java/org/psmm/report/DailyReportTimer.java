package org.psmm.report;

import jakarta.annotation.PostConstruct;
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
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.psmm.core.report.ReportSchedule;
import org.psmm.schedule.RearmingTimer;
import org.psmm.schedule.RoundLock;
import org.psmm.settings.SettingKey;
import org.psmm.settings.SettingsChanged;

/**
 * Fires at the report time (report.dailyTime, server's zone) and sends yesterday's report unless
 * it went already. Re-armed after each firing for the
 * next report time but never more than {@link #MAX_SLEEP} ahead, so a change made on another
 * node or a moved clock is followed within minutes; a change made here re-arms at once. The
 * report stays due until the day ends, so a server down at 07:00 sends when it is back. Whether
 * a day went is the database's record (daily_report_run), never this bean's memory.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DailyReportTimer extends RearmingTimer {

    private static final Logger LOG = Logger.getLogger(DailyReportTimer.class.getName());
    static final Duration MAX_SLEEP = Duration.ofMinutes(5);
    private static final Set<SettingKey> WATCHED = Set.of(SettingKey.DAILY_REPORT_ENABLED, SettingKey.DAILY_REPORT_TIME,
            SettingKey.ADMIN_RECIPIENTS);

    @EJB
    private DailyReportService reports;

    @Inject
    private Clock clock;

    private final RoundLock sending = new RoundLock("the daily report");

    public DailyReportTimer() {
        // retry soon after a restore replacing the database, or a failure: the report stays due all day
        super("daily-report", Duration.ofSeconds(30), MAX_SLEEP);
    }

    @PostConstruct
    void skipYesterdayOnFirstStart() {
        try {
            reports.skipYesterdayOnFirstStart();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "daily report: first-start check failed", e);
        }
    }

    /** A report setting changed here: look again now rather than at the next wake-up. */
    public void onSettingsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) SettingsChanged change) {
        if (change.keys().stream().anyMatch(WATCHED::contains)) {
            rearm(Duration.ofSeconds(1));
        }
    }

    @Override
    protected Duration round() {
        ReportSchedule schedule = reports.schedule();
        sending.ifIdle(() -> {
            schedule.dueDay(clock.instant()).ifPresent(reports::sendScheduled);
            return null;
        });
        Instant now = clock.instant();
        Duration untilNext = Duration.between(now, schedule.next(now));
        return untilNext.compareTo(MAX_SLEEP) < 0 ? untilNext : MAX_SLEEP;
    }
}
