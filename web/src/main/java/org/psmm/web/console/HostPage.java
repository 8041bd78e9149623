package org.psmm.web.console;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.psmm.alert.AlertRow;
import org.psmm.alert.AlertService;
import org.psmm.core.alert.AlertKind;
import org.psmm.failure.Attacker;
import org.psmm.failure.FailureExplorer;
import org.psmm.failure.FailureFilter;
import org.psmm.failure.FailureRow;
import org.psmm.host.Host;
import org.psmm.hostcheck.HostCheck;
import org.psmm.hostcheck.HostCheckService;
import org.psmm.host.HostNotFoundException;
import org.psmm.host.HostService;
import org.psmm.logsource.LogSource;
import org.psmm.logsource.LogSourceService;
import org.psmm.metrics.HostPoll;
import org.psmm.metrics.MetricsHistory;
import org.psmm.update.UpdateRun;
import org.psmm.update.UpdateService;

/**
 * host.xhtml?id=N (or ?name=NAME, for pages that know a host by its name): everything about one
 * host — its state, last check, the last 24 h of metrics (HostMetricsPage's charts), open alerts,
 * log sources, failed logins and updates. Read-only: actions stay on their own pages.
 */
@Named
@ViewScoped
public class HostPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int RECENT = 20;

    @EJB
    private HostService hosts;

    @EJB
    private HostCheckService checks;

    @EJB
    private AlertService alerts;

    @EJB
    private LogSourceService sources;

    @EJB
    private FailureExplorer explorer;

    @EJB
    private UpdateService updates;

    @EJB
    private MetricsHistory history;

    @Inject
    private HostMetricsPage metrics;

    @Inject
    private TimeFormat timeFormat;

    private Long id;
    private String name;
    private Host host;
    private String state;
    private HostPoll poll;
    private HostCheck lastCheck;
    private List<AlertRow> openAlerts;
    private List<LogSource> logSources;
    private List<FailureRow> recentFailures;
    private List<Attacker> attackers;
    private long failuresToday;
    private long failuresYesterday;
    private long probesToday;
    private long failures24h;
    private String failuresChart;
    private List<UpdateRun> updateRuns;

    public void load() {
        try {
            if (id != null) {
                host = hosts.get(id);
            } else if (name != null) {
                host = hosts.byName(name).orElse(null);
            }
        } catch (HostNotFoundException e) {
            host = null;
        }
        if (host == null) {
            return;
        }
        long hostId = host.getId();
        id = hostId;
        poll = history.poll(hostId).orElse(null);
        openAlerts = alerts.list(hostId, null, true, 100);
        boolean down = openAlerts.stream().anyMatch(a -> a.kind() == AlertKind.HOST_DOWN);
        state = DashboardPage.state(down, poll, openAlerts.size());
        lastCheck = checks.last(hostId).orElse(null);
        logSources = sources.listFor(hostId);

        Instant now = timeFormat.now();
        ZoneId zone = timeFormat.zone();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Instant todayStart = today.atStartOfDay(zone).toInstant();
        Instant yesterdayStart = today.minusDays(1).atStartOfDay(zone).toInstant();
        Instant tomorrowStart = today.plusDays(1).atStartOfDay(zone).toInstant();
        failuresToday = count(todayStart, tomorrowStart, FailureFilter.LOGINS);
        failuresYesterday = count(yesterdayStart, todayStart, FailureFilter.LOGINS);
        probesToday = count(todayStart, tomorrowStart, FailureFilter.PROBE);
        Instant chartFrom = FailureCharts.hourlyFrom(now);
        var perHour = explorer.perHour(chartFrom, now.plusSeconds(3600), hostId);
        failures24h = perHour.stream().mapToLong(c -> c.count()).sum();
        failuresChart = FailureCharts.hourly(perHour, now, zone, ConsoleMessages.text("dashboard.probes"));
        recentFailures = explorer.rows(new FailureFilter(null, null, hostId, null, null, null, null), 0, RECENT, false);
        attackers = explorer.topAttackers(now.minus(java.time.Duration.ofDays(7)), now.plusSeconds(1), hostId, 5);
        updateRuns = updates.runs(hostId, 5);

        metrics.setHostId(hostId);
        metrics.setHours(24);
        metrics.load();
    }

    private long count(Instant from, Instant to, String kind) {
        return explorer.countUpTo(new FailureFilter(from, to, id, null, null, null, kind), Integer.MAX_VALUE - 1);
    }

    public String getStateLabelKey() {
        return "dashboard.state." + state;
    }

    public String getStateStyleClass() {
        return state == null ? "" : "psmm-state-badge psmm-state-" + state.toLowerCase();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Host getHost() {
        return host;
    }

    public String getState() {
        return state;
    }

    public HostPoll getPoll() {
        return poll;
    }

    public HostCheck getLastCheck() {
        return lastCheck;
    }

    public List<AlertRow> getOpenAlerts() {
        return openAlerts;
    }

    public List<LogSource> getLogSources() {
        return logSources;
    }

    public List<FailureRow> getRecentFailures() {
        return recentFailures;
    }

    public List<Attacker> getAttackers() {
        return attackers;
    }

    public long getFailuresToday() {
        return failuresToday;
    }

    public long getFailuresYesterday() {
        return failuresYesterday;
    }

    public long getProbesToday() {
        return probesToday;
    }

    public long getFailures24h() {
        return failures24h;
    }

    public String getFailuresChart() {
        return failuresChart;
    }

    public List<UpdateRun> getUpdateRuns() {
        return updateRuns;
    }

    public UpdateRun getLastUpdate() {
        return updateRuns == null || updateRuns.isEmpty() ? null : updateRuns.get(0);
    }
}
