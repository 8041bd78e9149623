package org.psmm.web.console;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.psmm.alert.DeviceAlertService;
import org.psmm.device.Device;
import org.psmm.device.DeviceService;
import org.psmm.site.SiteService;
import org.psmm.site.SiteSummary;

/**
 * The dashboard's tiles grouped by site (WEB-INF/includes/dashboard-sites.xhtml): per site its
 * counts (up, down, open alerts), its hosts' tiles (those of {@link DashboardPage}) and its
 * devices' tiles; what has no site comes last.
 */
@Named
@RequestScoped
public class SiteDashboard {

    @Inject
    private DashboardPage hostTiles;

    @EJB
    private SiteService sites;

    @EJB
    private DeviceService devices;

    @EJB
    private DeviceAlertService deviceAlerts;

    private List<Group> groups;

    /** A device's tile. State: UP, DOWN, ALERT (answers, alerts open), UNKNOWN (not polled yet or failing). */
    public record DeviceTile(long id, String name, String address, String state, String vendor, Double cpu, Double mem,
            Long uptimeSeconds, long openAlerts, String error) {

        public String styleClass() {
            return "psmm-host-tile psmm-device-tile psmm-state-" + switch (state) {
                case "UP" -> "ok";
                case "DOWN" -> "down";
                case "ALERT" -> "alert";
                default -> "unknown";
            };
        }
    }

    /** One site's block of the dashboard. */
    public record Group(SiteSummary site, List<DashboardPage.Tile> hosts, List<DeviceTile> devices) {
    }

    @PostConstruct
    void load() {
        Map<Long, Long> open = deviceAlerts.openCounts();
        Map<String, Device> byName = new java.util.HashMap<>();
        devices.list().forEach(d -> byName.put(d.getName(), d));
        Map<String, DashboardPage.Tile> tiles = new java.util.HashMap<>();
        hostTiles.getTiles().forEach(t -> tiles.put(t.name(), t));
        groups = new ArrayList<>();
        Set<String> shown = new HashSet<>();
        for (SiteSummary s : sites.list()) {
            List<DashboardPage.Tile> h = s.hosts().stream().map(tiles::get).filter(t -> t != null).toList();
            List<DeviceTile> d = s.devices().stream().map(byName::get).filter(x -> x != null && x.isEnabled())
                    .map(x -> tile(x, open.getOrDefault(x.getId(), 0L))).toList();
            h.forEach(t -> shown.add(t.name()));
            if (!h.isEmpty() || !d.isEmpty() || s.described()) {
                groups.add(new Group(s, h, d));
            }
        }
    }

    private static DeviceTile tile(Device d, long open) {
        String state = switch (d.getStatus()) {
            case DOWN -> "DOWN";
            case UP -> open > 0 ? "ALERT" : "UP";
            default -> "UNKNOWN";
        };
        return new DeviceTile(d.getId(), d.getName(), d.getAddress(), state, d.getVendor(), d.getCpuPercent(),
                d.getMemPercent(), d.getUptimeSeconds(), open, d.getStatusError());
    }

    public List<Group> getGroups() {
        return groups;
    }
}
