package org.psmm.core.snmp;

/**
 * SNMPv2-MIB system group as a device reported it (texts decoded by {@link SnmpText}, hostile).
 * {@code hrSystemUptime} is null on devices without HOST-RESOURCES (most switches): their
 * sysUpTime is then the best uptime there is.
 */
public record SystemInfo(String name, String descr, String objectId, String location, String contact, Long sysUpTime,
        Long hrSystemUptime) {

    public static final int MAX_TEXT = 255;
    public static final int MAX_DESCR = 1000;

    public String vendor() {
        return Enterprises.vendor(objectId);
    }

    /** The uptime that tells a restart of the device: the system's if known, else the agent's. */
    public Long systemUptime() {
        return hrSystemUptime != null ? hrSystemUptime : sysUpTime;
    }
}
