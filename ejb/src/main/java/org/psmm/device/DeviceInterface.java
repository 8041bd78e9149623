package org.psmm.device;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.psmm.core.snmp.IfStatus;
import org.psmm.core.snmp.IfTypes;
import org.psmm.core.snmp.InterfaceCounters;
import org.psmm.core.snmp.InterfaceInfo;

/**
 * An interface of a device, by ifIndex. Discovery keeps its description; each poll keeps its
 * status, its last counters (for the next poll's rates) and its current rates. An interface the
 * device no longer lists stays, not present, so its history and its "removed" event remain.
 */
@Entity
@Table(name = "device_interface")
public class DeviceInterface {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "device_id", nullable = false)
    private long deviceId;

    @Column(name = "if_index", nullable = false)
    private int ifIndex;

    private String name;

    private String descr;

    private String alias;

    @Column(name = "if_type", nullable = false)
    private int ifType;

    @Column(name = "speed_bps", nullable = false)
    private long speedBps;

    @Column(length = 64)
    private String mac;

    @Enumerated(EnumType.STRING)
    @Column(name = "admin_status", nullable = false, length = 20)
    private IfStatus adminStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "oper_status", nullable = false, length = 20)
    private IfStatus operStatus;

    @Column(name = "alert_enabled", nullable = false)
    private boolean alertEnabled = true;

    @Column(nullable = false)
    private boolean present = true;

    @Column(name = "first_seen_at", nullable = false)
    private Instant firstSeenAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    @Column(name = "removed_at")
    private Instant removedAt;

    @Column(name = "in_octets")
    private Long inOctets;

    @Column(name = "out_octets")
    private Long outOctets;

    @Column(name = "in_errors")
    private Long inErrors;

    @Column(name = "out_errors")
    private Long outErrors;

    @Column(name = "high_capacity", nullable = false)
    private boolean highCapacity;

    @Column(name = "counters_at")
    private Instant countersAt;

    @Column(name = "in_bps")
    private Double inBps;

    @Column(name = "out_bps")
    private Double outBps;

    @Column(name = "in_errors_ps")
    private Double inErrorsPs;

    @Column(name = "out_errors_ps")
    private Double outErrorsPs;

    protected DeviceInterface() {
        // for JPA
    }

    DeviceInterface(long deviceId, int ifIndex, Instant now) {
        this.deviceId = deviceId;
        this.ifIndex = ifIndex;
        this.firstSeenAt = now;
        this.lastSeenAt = now;
        this.adminStatus = IfStatus.UNKNOWN;
        this.operStatus = IfStatus.UNKNOWN;
    }

    void describe(InterfaceInfo i, Instant now) {
        this.name = i.name();
        this.descr = i.descr();
        this.alias = i.alias();
        this.ifType = i.type();
        this.speedBps = i.speedBps();
        this.mac = i.mac();
        this.adminStatus = i.admin();
        this.operStatus = i.oper();
        this.lastSeenAt = now;
        this.present = true;
        this.removedAt = null;
    }

    void removed(Instant at) {
        this.present = false;
        this.removedAt = at;
    }

    /** Stores the new counters and rates (null rates where none could be told). */
    void polled(InterfaceCounters c, Instant at, Double inBps, Double outBps, Double inErrorsPs, Double outErrorsPs) {
        this.adminStatus = c.admin();
        this.operStatus = c.oper();
        this.inOctets = c.inOctets();
        this.outOctets = c.outOctets();
        this.inErrors = c.inErrors();
        this.outErrors = c.outErrors();
        this.highCapacity = c.highCapacity();
        this.countersAt = at;
        this.inBps = inBps;
        this.outBps = outBps;
        this.inErrorsPs = inErrorsPs;
        this.outErrorsPs = outErrorsPs;
        this.lastSeenAt = at;
    }

    void setAlertEnabled(boolean alertEnabled) {
        this.alertEnabled = alertEnabled;
    }

    /** The name people know: ifName, else ifDescr, else "if" and the index. */
    public String getDisplayName() {
        if (name != null && !name.isEmpty()) {
            return name;
        }
        return descr != null && !descr.isEmpty() ? descr : "if" + ifIndex;
    }

    /** Administratively up but operationally down: what a port alert is about. */
    public boolean isPortDown() {
        return present && adminStatus == IfStatus.UP && operStatus != IfStatus.UP && operStatus != IfStatus.DORMANT;
    }

    public String getTypeName() {
        return IfTypes.name(ifType);
    }

    public Long getId() {
        return id;
    }

    public long getDeviceId() {
        return deviceId;
    }

    public int getIfIndex() {
        return ifIndex;
    }

    public String getName() {
        return name;
    }

    public String getDescr() {
        return descr;
    }

    public String getAlias() {
        return alias;
    }

    public int getIfType() {
        return ifType;
    }

    public long getSpeedBps() {
        return speedBps;
    }

    public String getMac() {
        return mac;
    }

    public IfStatus getAdminStatus() {
        return adminStatus;
    }

    public IfStatus getOperStatus() {
        return operStatus;
    }

    public boolean isAlertEnabled() {
        return alertEnabled;
    }

    public boolean isPresent() {
        return present;
    }

    public Instant getFirstSeenAt() {
        return firstSeenAt;
    }

    public Instant getLastSeenAt() {
        return lastSeenAt;
    }

    public Instant getRemovedAt() {
        return removedAt;
    }

    Long getInOctets() {
        return inOctets;
    }

    Long getOutOctets() {
        return outOctets;
    }

    Long getInErrors() {
        return inErrors;
    }

    Long getOutErrors() {
        return outErrors;
    }

    boolean isHighCapacity() {
        return highCapacity;
    }

    Instant getCountersAt() {
        return countersAt;
    }

    public Double getInBps() {
        return inBps;
    }

    public Double getOutBps() {
        return outBps;
    }

    public Double getInErrorsPs() {
        return inErrorsPs;
    }

    public Double getOutErrorsPs() {
        return outErrorsPs;
    }
}
