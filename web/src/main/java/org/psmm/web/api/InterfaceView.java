package org.psmm.web.api;

import java.time.Instant;
import org.psmm.device.DeviceInterface;

/** A device's interface with its current status and rates (bits/s, errors/s; null where none yet). */
public record InterfaceView(long id, int ifIndex, String name, String descr, String alias, String type, long speedBps,
        String mac, String adminStatus, String operStatus, boolean present, boolean alertEnabled, Double inBps,
        Double outBps, Double inErrorsPerSecond, Double outErrorsPerSecond, Instant firstSeenAt, Instant lastSeenAt,
        Instant removedAt) {

    static InterfaceView of(DeviceInterface i) {
        return new InterfaceView(i.getId(), i.getIfIndex(), i.getDisplayName(), i.getDescr(), i.getAlias(), i.getTypeName(),
                i.getSpeedBps(), i.getMac(), i.getAdminStatus().name(), i.getOperStatus().name(), i.isPresent(),
                i.isAlertEnabled(), i.getInBps(), i.getOutBps(), i.getInErrorsPs(), i.getOutErrorsPs(), i.getFirstSeenAt(),
                i.getLastSeenAt(), i.getRemovedAt());
    }
}
