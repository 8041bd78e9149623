package org.psmm.alert;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.psmm.core.alert.AlertKind;

/**
 * An alert on a host or an SNMP device (or PSMM itself when both are null); open until resolved.
 * {@code mount} is "" except for DISK alerts (a mount, a device's storage) and PORT_DOWN (the port).
 */
@Entity
@Table(name = "alert")
public class Alert {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Null for an alert about PSMM itself. */
    @Column(name = "host_id")
    private Long hostId;

    /** The SNMP device an alert is about (host_id is then null). */
    @Column(name = "device_id")
    private Long deviceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AlertKind kind;

    @Column(nullable = false, length = 255)
    private String mount;

    @Column(name = "raised_value")
    private Double raisedValue;

    @Column(name = "last_value")
    private Double lastValue;

    private Integer threshold;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    /** TRUE while open, NULL once resolved: the unique key allows one open alert per host, kind and mount. */
    @Column(name = "open_marker")
    private Boolean openMarker;

    /** What went wrong, for alerts a number cannot tell (a failed backup). */
    @Column(length = 2000)
    private String detail;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "acknowledged_by", length = 64)
    private String acknowledgedBy;

    protected Alert() {
        // for JPA
    }

    Alert(long hostId, AlertKind kind, String mount, Double value, Integer threshold, Instant at) {
        this.hostId = hostId;
        this.kind = kind;
        this.mount = mount == null ? "" : mount;
        this.raisedValue = value;
        this.lastValue = value;
        this.threshold = threshold;
        this.raisedAt = at;
        this.openMarker = Boolean.TRUE;
    }

    /** An alert about an SNMP device. */
    static Alert aboutDevice(long deviceId, AlertKind kind, String mount, Double value, Integer threshold, String detail,
            Instant at) {
        Alert a = new Alert();
        a.deviceId = deviceId;
        a.kind = kind;
        a.mount = mount == null ? "" : mount.length() > 255 ? mount.substring(0, 255) : mount;
        a.raisedValue = value;
        a.lastValue = value;
        a.threshold = threshold;
        a.raisedAt = at;
        a.openMarker = Boolean.TRUE;
        a.describe(detail);
        return a;
    }

    /** An alert about PSMM itself. */
    static Alert aboutPsmm(AlertKind kind, String detail, Instant at) {
        Alert a = new Alert();
        a.kind = kind;
        a.mount = "";
        a.raisedAt = at;
        a.openMarker = Boolean.TRUE;
        a.describe(detail);
        return a;
    }

    void describe(String detail) {
        this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 1997) + "...";
    }

    void observe(Double value, Integer threshold) {
        this.lastValue = value;
        this.threshold = threshold;
    }

    void resolve(Instant at, Double value) {
        this.resolvedAt = at;
        this.lastValue = value;
        this.openMarker = null;
    }

    void acknowledge(Instant at, String by) {
        if (acknowledgedAt == null) {
            this.acknowledgedAt = at;
            this.acknowledgedBy = by;
        }
    }

    public boolean isOpen() {
        return resolvedAt == null;
    }

    public Long getId() {
        return id;
    }

    public String getDetail() {
        return detail;
    }

    public Long getHostId() {
        return hostId;
    }

    public Long getDeviceId() {
        return deviceId;
    }

    public AlertKind getKind() {
        return kind;
    }

    public String getMount() {
        return mount;
    }

    public Double getRaisedValue() {
        return raisedValue;
    }

    public Double getLastValue() {
        return lastValue;
    }

    public Integer getThreshold() {
        return threshold;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public String getAcknowledgedBy() {
        return acknowledgedBy;
    }
}
