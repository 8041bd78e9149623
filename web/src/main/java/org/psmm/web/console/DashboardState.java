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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.psmm.alert.AlertRow;
import org.psmm.alert.AlertService;
import org.psmm.backup.BackupEntry;
import org.psmm.backup.BackupList;
import org.psmm.batch.JobExecutionView;
import org.psmm.batch.PsmmJobs;
import org.psmm.failure.Attacker;
import org.psmm.failure.FailureExplorer;
import org.psmm.failure.FailureSummary;
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

    private FailureSummary summary;
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
        summary = failures.summary(null, null, zone);
        String probes = ConsoleMessages.text("dashboard.probes");
        List<HourCount> month = failures.perHour(FailureCharts.dailyFrom(now, zone), now.plus(Duration.ofHours(1)), null);
        Instant dayFrom = FailureCharts.hourlyFrom(now);
        List<HourCount> day = month.stream().filter(c -> !c.hour().isBefore(dayFrom)).toList();
        total24h = day.stream().mapToLong(HourCount::count).sum();
        total30d = month.stream().mapToLong(HourCount::count).sum();
        chart24h = FailureCharts.hourly(day, now, zone, probes);
        chart30d = FailureCharts.daily(month, now, zone, probes);
        attackers = failures.topAttackers(now.minus(Duration.ofDays(7)), now.plusSeconds(1), null, TOP);
        newAddresses = failures.newAddresses(LocalDate.ofInstant(now, zone).atStartOfDay(zone).toInstant(), TOP);

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

    public FailureSummary getSummary() {
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
