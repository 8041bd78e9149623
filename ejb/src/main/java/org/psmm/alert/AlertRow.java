package org.psmm.alert;

import jakarta.json.bind.annotation.JsonbTransient;
import java.time.Instant;
import org.psmm.core.alert.AlertKind;

/**
 * An alert with its host's name (a device's name for an alert about an SNMP device, whose deviceId
 * is set; "PSMM" for an alert about PSMM itself, whose hostId and deviceId are null), as lists show it.
 */
public record AlertRow(long id, Long hostId, String hostName, AlertKind kind, String mount, Double raisedValue,
        Double lastValue, Integer threshold, Instant raisedAt, Instant resolvedAt, Instant acknowledgedAt,
        String acknowledgedBy, String detail, Long deviceId) {

    static AlertRow of(Alert a, String hostName) {
        return new AlertRow(a.getId(), a.getHostId(), hostName, a.getKind(), a.getMount(), a.getRaisedValue(),
                a.getLastValue(), a.getThreshold(), a.getRaisedAt(), a.getResolvedAt(), a.getAcknowledgedAt(),
                a.getAcknowledgedBy(), a.getDetail(), a.getDeviceId());
    }

    @JsonbTransient
    public Long getDeviceId() {
        return deviceId;
    }

    public boolean open() {
        return resolvedAt == null;
    }

    // Bean-style getters for Faces pages.
    @JsonbTransient
    public boolean isOpen() {
        return open();
    }

    @JsonbTransient
    public long getId() {
        return id;
    }

    @JsonbTransient
    public String getHostName() {
        return hostName;
    }

    @JsonbTransient
    public AlertKind getKind() {
        return kind;
    }

    @JsonbTransient
    public String getMount() {
        return mount;
    }

    @JsonbTransient
    public Double getLastValue() {
        return lastValue;
    }

    @JsonbTransient
    public Double getRaisedValue() {
        return raisedValue;
    }

    @JsonbTransient
    public Integer getThreshold() {
        return threshold;
    }

    @JsonbTransient
    public Instant getRaisedAt() {
        return raisedAt;
    }

    @JsonbTransient
    public Instant getResolvedAt() {
        return resolvedAt;
    }

    @JsonbTransient
    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    @JsonbTransient
    public String getDetail() {
        return detail;
    }

    @JsonbTransient
    public String getAcknowledgedBy() {
        return acknowledgedBy;
    }
}
