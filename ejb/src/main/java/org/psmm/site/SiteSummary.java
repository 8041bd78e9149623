package org.psmm.site;

import java.util.List;

/**
 * A site as lists and the dashboard show it: its description (id null when only hosts or devices
 * name it, nothing described yet; name null for what has no site) and how its members are doing.
 * A host is down when its HOST_DOWN alert is open; devices are UP, DOWN or UNKNOWN.
 */
public record SiteSummary(Long id, String name, String region, String address, String notes, List<String> hosts,
        List<String> devices, int hostsUp, int hostsDown, int devicesUp, int devicesDown, long openAlerts) {

    public int up() {
        return hostsUp + devicesUp;
    }

    public int down() {
        return hostsDown + devicesDown;
    }

    public boolean described() {
        return id != null;
    }
}
