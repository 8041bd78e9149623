package org.psmm.web.console;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.psmm.alert.AlertRow;
import org.psmm.alert.AlertService;
import org.psmm.backup.BackupEntry;
import org.psmm.backup.BackupList;
import org.psmm.batch.JobExecutionView;
import org.psmm.batch.PsmmJobs;
import org.psmm.failure.Attacker;
import org.psmm.failure.FailureExplorer;
import org.psmm.failure.HourCount;
import org.psmm.notify.Notification;
import org.psmm.notify.NotificationStatus;
import org.psmm.notify.Outbox;
import org.psmm.update.UpdateRun;
import org.psmm.update.UpdateService;
import org.psmm.update.UpdateStatus;

/**
 * The dashboard's state tiles (index.xhtml, issue 15 item 4 and issue 14 item 7): failed logins
 * today and yesterday with their 24 h and 30 day charts, the week's top attackers, today's new
 * addresses, open alerts, the last collection, the last backup, the outbox and the updates.
 * Each figure comes from the service that owns it (failures through FailureExplorer, so that
 * the rollups can answer later).
 */
@Named
@RequestScoped
public class DashboardState {

    static final int TOP = 5;

    /** The day tile's three numbers. */
    public record DayCounts(long today, long yesterday, long probesToday) {

        /**
         * From the chart's per-hour counts, which cover yesterday and today already; only where the
         * zone's days start on whole UTC hours (not India's or Nepal's) and the counts reach back.
         */
        static Optional<DayCounts> of(List<HourCount> hours, Instant countedFrom, LocalDate today, ZoneId zone) {
            Instant todayStart = today.atStartOfDay(zone).toInstant();
            Instant yesterdayStart = today.minusDays(1).atStartOfDay(zone).toInstant();
            Instant tomorrowStart = today.plusDays(1).atStartOfDay(zone).toInstant();
            if (yesterdayStart.isBefore(countedFrom) || yesterdayStart.getEpochSecond() % 3600 != 0
                    || todayStart.getEpochSecond() % 3600 != 0 || tomorrowStart.getEpochSecond() % 3600 != 0) {
                return Optional.empty();
            }
            long t = 0;
            long y = 0;
            long p = 0;
            for (HourCount c : hours) {
                boolean isToday = !c.hour().isBefore(todayStart) && c.hour().isBefore(tomorrowStart);
                if (c.probe()) {
                    p += isToday ? c.count() : 0;
                } else if (isToday) {
                    t += c.count();
                } else if (!c.hour().isBefore(yesterdayStart) && c.hour().isBefore(todayStart)) {
                    y += c.count();
                }
            }
            return Optional.of(new DayCounts(t, y, p));
        }

        static DayCounts counted(FailureExplorer failures, LocalDate today, ZoneId zone) {
            Instant todayStart = today.atStartOfDay(zone).toInstant();
            Instant tomorrowStart = today.plusDays(1).atStartOfDay(zone).toInstant();
            return new DayCounts(failures.count(todayStart, tomorrowStart),
                    failures.count(today.minusDays(1).atStartOfDay(zone).toInstant(), todayStart),
                    failures.probes(todayStart, tomorrowStart));
        }
    }

    @EJB
    private FailureExplorer failures;

    @EJB
    private AlertService alerts;

    @EJB
    private PsmmJobs jobs;

    @EJB
    private BackupList backups;

    @EJB
    private Outbox outbox;

    @EJB
    private UpdateService updates;

    @Inject
    private TimeFormat timeFormat;

    @Inject
    private Clock clock;

    private DayCounts summary;
    private String chart24h;
    private String chart30d;
    private long total24h;
    private long total30d;
    private List<Attacker> attackers;
    private FailureExplorer.NewAddresses newAddresses;
    private List<AlertRow> openAlerts;
    private JobExecutionView lastCollection;
    private BackupEntry lastBackup;
    private long failingMail;
    private long failingChat;
    private long pendingMessages;
    private long updatesRunning;
    private long rebootsRequired;
    private long updatesFailed;

    @PostConstruct
    void load() {
        Instant now = clock.instant();
        ZoneId zone = timeFormat.zone();
        LocalDate today = LocalDate.ofInstant(now, zone);
        String probes = ConsoleMessages.text("dashboard.probes");
        Instant monthFrom = FailureCharts.dailyFrom(now, zone);
        List<HourCount> month = failures.perHour(monthFrom, now.plus(Duration.ofHours(1)), null);
        summary = DayCounts.of(month, monthFrom, today, zone).orElseGet(() -> DayCounts.counted(failures, today, zone));
        Instant dayFrom = FailureCharts.hourlyFrom(now);
        List<HourCount> day = month.stream().filter(c -> !c.hour().isBefore(dayFrom)).toList();
        total24h = day.stream().mapToLong(HourCount::count).sum();
        total30d = month.stream().mapToLong(HourCount::count).sum();
        chart24h = FailureCharts.hourly(day, now, zone, probes);
        chart30d = FailureCharts.daily(month, now, zone, probes);
        // The week: the last 7 UTC days and today, all from the per-day rollups (a start at "now
        // minus 7 days" read that day's rest from the rows: 45 ms at 1 M failures a month).
        Instant weekFrom = LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(7).atStartOfDay(ZoneOffset.UTC).toInstant();
        attackers = failures.topAttackers(weekFrom, now.plusSeconds(1), null, TOP);
        newAddresses = failures.newAddresses(today.atStartOfDay(zone).toInstant(), TOP);

        openAlerts = alerts.list(null, null, true, 1000);
        lastCollection = jobs.executions(20).stream().filter(e -> "auth-failures".equals(e.job())).findFirst().orElse(null);
        lastBackup = backups.list().stream().findFirst().orElse(null);
        failingMail = outbox.failing(Notification.MAIL);
        failingChat = outbox.failing(Notification.CHAT);
        pendingMessages = outbox.count(NotificationStatus.PENDING);

        Map<Long, UpdateRun> latest = new LinkedHashMap<>();
        for (UpdateRun r : updates.runs(null, 500)) {
            latest.putIfAbsent(r.getHostId(), r);
        }
        updatesRunning = latest.values().stream()
                .filter(r -> r.getStatus() == UpdateStatus.QUEUED || r.getStatus() == UpdateStatus.RUNNING).count();
        rebootsRequired = latest.values().stream().filter(UpdateRun::isRebootRequired).count();
        updatesFailed = latest.values().stream().filter(r -> r.getStatus() == UpdateStatus.FAILED).count();
    }

    /** Today's and yesterday's failed logins and today's probes, days of the viewer's zone. */
    public DayCounts getSummary() {
        return summary;
    }

    /** Today minus yesterday, as "+12" or "-3". */
    public String getTrend() {
        long d = summary.today() - summary.yesterday();
        return d > 0 ? "+" + d : String.valueOf(d);
    }

    public String getChart24h() {
        return chart24h;
    }

    public String getChart30d() {
        return chart30d;
    }

    public long getTotal24h() {
        return total24h;
    }

    public long getTotal30d() {
        return total30d;
    }

    public List<Attacker> getAttackers() {
        return attackers;
    }

    public FailureExplorer.NewAddresses getNewAddresses() {
        return newAddresses;
    }

    public List<AlertRow> getOpenAlerts() {
        return openAlerts;
    }

    public List<AlertRow> getLatestAlerts() {
        return openAlerts.stream().limit(TOP).toList();
    }

    public JobExecutionView getLastCollection() {
        return lastCollection;
    }

    public BackupEntry getLastBackup() {
        return lastBackup;
    }

    public long getFailingMail() {
        return failingMail;
    }

    public long getFailingChat() {
        return failingChat;
    }

    public boolean isOutboxFailing() {
        return failingMail > 0 || failingChat > 0;
    }

    public long getPendingMessages() {
        return pendingMessages;
    }

    public long getUpdatesRunning() {
        return updatesRunning;
    }

    public long getRebootsRequired() {
        return rebootsRequired;
    }

    public long getUpdatesFailed() {
        return updatesFailed;
    }
}
