package org.psmm.report;

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
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.psmm.config.JobPause;
import org.psmm.core.report.ReportSchedule;
import org.psmm.settings.SettingKey;
import org.psmm.settings.SettingsChanged;

/**
 * Fires at the report time (report.dailyTime, server's zone) and sends yesterday's report unless
 * it went already. One non-persistent single-action timer, re-armed after each firing for the
 * next report time but never more than {@link #MAX_SLEEP} ahead, so a change made on another
 * node or a moved clock is followed within minutes; a change made here re-arms at once. The
 * report stays due until the day ends, so a server down at 07:00 sends when it is back. Whether
 * a day went is the database's record (daily_report_run), never this bean's memory.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DailyReportTimer {

    private static final Logger LOG = Logger.getLogger(DailyReportTimer.class.getName());
    static final Duration MAX_SLEEP = Duration.ofMinutes(5);
    private static final Set<SettingKey> WATCHED = Set.of(SettingKey.DAILY_REPORT_ENABLED, SettingKey.DAILY_REPORT_TIME,
            SettingKey.ADMIN_RECIPIENTS);

    @Resource
    private TimerService timers;

    @EJB
    private DailyReportService reports;

    @Inject
    private Clock clock;

    @Inject
    private JobPause pause;

    private final ReentrantLock sending = new ReentrantLock();

    @PostConstruct
    void start() {
        try {
            reports.skipYesterdayOnFirstStart();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "daily report: first-start check failed", e);
        }
        arm(Duration.ofSeconds(30));
    }

    /** A report setting changed here: look again now rather than at the next wake-up. */
    public void onSettingsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) SettingsChanged change) {
        if (change.keys().stream().anyMatch(WATCHED::contains)) {
            arm(Duration.ofSeconds(1));
        }
    }

    @Timeout
    void onTimeout(Timer timer) {
        Duration next = MAX_SLEEP;
        try {
            ReportSchedule schedule = reports.schedule();
            sendIfDue(schedule);
            Instant now = clock.instant();
            Duration untilNext = Duration.between(now, schedule.next(now));
            next = untilNext.compareTo(MAX_SLEEP) < 0 ? untilNext : MAX_SLEEP;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "daily report failed; tried again in " + MAX_SLEEP.toMinutes() + " min", e);
        } finally {
            arm(next.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : next);
        }
    }

    private void sendIfDue(ReportSchedule schedule) {
        if (pause.paused()) {
            return; // a restore is replacing the database; the report stays due until the day ends
        }
        if (!sending.tryLock()) {
            return;
        }
        try {
            schedule.dueDay(clock.instant()).ifPresent(reports::sendScheduled);
        } finally {
            sending.unlock();
        }
    }

    /** One pending timer at a time: the old one is replaced. */
    private synchronized void arm(Duration delay) {
        for (Timer t : timers.getTimers()) {
            try {
                t.cancel();
            } catch (RuntimeException e) {
                // it fired or was cancelled meanwhile: nothing to replace
            }
        }
        timers.createSingleActionTimer(delay.toMillis(), new TimerConfig("daily-report", false));
    }
}
