package org.psmm.web.api;

import java.time.Instant;
import org.psmm.device.Device;

/**
 * A device as the API shows it. Secrets are never returned: {@code communitySet},
 * {@code v3AuthPasswordSet} and {@code v3PrivPasswordSet} say whether one is stored.
 * System texts (sysDescr, sysLocation, ...) are what the device reported: hostile.
 */
public record DeviceView(long id, String name, String address, int port, String site, String notes, boolean enabled,
        Long hostId, String version, boolean communitySet, String v3User, String v3AuthProtocol, boolean v3AuthPasswordSet,
        String v3PrivProtocol, boolean v3PrivPasswordSet, boolean portAlerts, String status, String statusReason,
        String statusError, int failedPolls, Instant lastPollAt, Instant lastAnswerAt, Long uptimeSeconds,
        Instant restartedAt, Double cpuPercent, Double memPercent, String sysName, String sysDescr, String sysObjectId,
        String vendor, String sysLocation, String sysContact, Instant discoveredAt, String discoveryError,
        Instant createdAt, Instant updatedAt) {

    static DeviceView of(Device d) {
        return new DeviceView(d.getId(), d.getName(), d.getAddress(), d.getPort(), d.getSite(), d.getNotes(), d.isEnabled(),
                d.getHostId(), d.getSnmpVersion().name().toLowerCase(java.util.Locale.ROOT), d.isCommunitySet(),
                d.getV3User(), d.getV3AuthProtocol() == null ? null : d.getV3AuthProtocol().name(), d.isAuthPasswordSet(),
                d.getV3PrivProtocol() == null ? null : d.getV3PrivProtocol().name(), d.isPrivPasswordSet(), d.isPortAlerts(),
                d.getStatus().name(), d.getStatusReason(), d.getStatusError(), d.getFailedPolls(), d.getLastPollAt(),
                d.getLastAnswerAt(), d.getUptimeSeconds(), d.getRestartedAt(), d.getCpuPercent(), d.getMemPercent(),
                d.getSysName(), d.getSysDescr(), d.getSysObjectId(), d.getVendor(), d.getSysLocation(), d.getSysContact(),
                d.getDiscoveredAt(), d.getDiscoveryError(), d.getCreatedAt(), d.getUpdatedAt());
    }
}
