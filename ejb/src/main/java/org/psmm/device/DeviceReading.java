package org.psmm.device;

import org.psmm.core.snmp.Discovery;
import org.psmm.core.snmp.PollReading;

/**
 * What asking one device gave: a poll or a discovery, or why not. {@code reason} is an
 * SnmpFailure.Reason name, or SECRET when a stored secret must be entered again.
 */
public record DeviceReading(long deviceId, String name, PollReading poll, Discovery discovery, String reason, String error) {

    public boolean answered() {
        return poll != null || discovery != null;
    }
}
