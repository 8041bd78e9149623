package org.psmm.web.console;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.psmm.alert.AlertRow;
import org.psmm.alert.AlertService;
import org.psmm.core.alert.AlertKind;
import org.psmm.host.Host;
import org.psmm.host.HostService;
import org.psmm.metrics.DiskSample;
import org.psmm.metrics.HostPoll;
import org.psmm.metrics.MetricSample;
import org.psmm.metrics.MetricsHistory;

/** index.xhtml: one tile per host with its state, last CPU/RAM/disk and open alerts; refreshed every 60 s. */
@Named
@RequestScoped
public class DashboardPage {

    @EJB
    private HostService hosts;

    @EJB
    private MetricsHistory history;

    @EJB
    private AlertService alerts;

    private List<Tile> tiles;
    private long hostCount;

    /** A host's tile. State: DOWN, FAILING (last poll failed), ALERT, OK, UNKNOWN (never polled). */
    public record Tile(long id, String name, String address, String state, Double cpu, Double ram, Double disk,
            String diskMount, long openAlerts, java.time.Instant lastContact, String error) {

        public long getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public String getAddress() {
            return address;
        }

        public String getState() {
            return state;
        }

        public Double getCpu() {
            return cpu;
        }

        public Double getRam() {
            return ram;
        }

        public Double getDisk() {
            return disk;
        }

        public String getDiskMount() {
            return diskMount;
        }

        public long getOpenAlerts() {
            return openAlerts;
        }

        public java.time.Instant getLastContact() {
            return lastContact;
        }

        public String getError() {
            return error;
        }

        public String getStyleClass() {
            return "psmm-host-tile psmm-state-" + state.toLowerCase();
        }
    }

    @PostConstruct
    void load() {
        List<Host> all = hosts.list();
        hostCount = all.size();
        Map<Long, HostPoll> polls = history.polls();
        Map<Long, MetricSample> latest = history.latestByHost();
        Map<Long, List<DiskSample>> disks = history.latestDisksByHost();
        Map<Long, Long> openCounts = alerts.openCounts();
        Set<Long> down = alerts.list(null, AlertKind.HOST_DOWN, true, 5000).stream().map(AlertRow::hostId)
                .collect(Collectors.toSet());
        tiles = new ArrayList<>();
        for (Host h : all) {
            if (!h.isEnabled()) {
                continue;
            }
            MetricSample last = latest.get(h.getId());
            DiskSample fullest = disks.getOrDefault(h.getId(), List.of()).stream()
                    .max(Comparator.comparingDouble(DiskSample::getUsedPercent)).orElse(null);
            HostPoll poll = polls.get(h.getId());
            long open = openCounts.getOrDefault(h.getId(), 0L);
            String state = state(down.contains(h.getId()), poll, open);
            tiles.add(new Tile(h.getId(), h.getName(), h.getAddress(), state, last == null ? null : last.getCpuPercent(),
                    last == null ? null : last.getRamPercent(), fullest == null ? null : fullest.getUsedPercent(),
                    fullest == null ? null : fullest.getMount(), open, h.getLastContactAt(),
                    poll != null && !poll.isSucceeded() ? poll.getError() : null));
        }
    }

    /** A host's state as tiles and the host page show it (see {@link Tile}). */
    static String state(boolean down, HostPoll poll, long openAlerts) {
        return down ? "DOWN"
                : poll != null && !poll.isSucceeded() ? "FAILING"
                : openAlerts > 0 ? "ALERT"
                : poll != null ? "OK" : "UNKNOWN";
    }

    public long getHostCount() {
        return hostCount;
    }

    public List<Tile> getTiles() {
        return tiles;
    }
}
