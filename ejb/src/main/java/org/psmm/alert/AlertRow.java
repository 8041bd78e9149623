package org.psmm.alert;

import java.time.Instant;
import org.psmm.core.alert.AlertKind;

/** An alert with its host's name ("PSMM" for an alert about PSMM itself, whose hostId is null), as lists show it. */
public record AlertRow(long id, Long hostId, String hostName, AlertKind kind, String mount, Double raisedValue,
        Double lastValue, Integer threshold, Instant raisedAt, Instant resolvedAt, Instant acknowledgedAt,
        String acknowledgedBy, String detail) {

    static AlertRow of(Alert a, String hostName) {
        return new AlertRow(a.getId(), a.getHostId(), hostName, a.getKind(), a.getMount(), a.getRaisedValue(),
                a.getLastValue(), a.getThreshold(), a.getRaisedAt(), a.getResolvedAt(), a.getAcknowledgedAt(),
                a.getAcknowledgedBy(), a.getDetail());
    }

    public boolean open() {
        return resolvedAt == null;
    }

    // Bean-style getters for Faces pages.
    public boolean isOpen() {
        return open();
    }

    public long getId() {
        return id;
    }

    public String getHostName() {
        return hostName;
    }

    public AlertKind getKind() {
        return kind;
    }

    public String getMount() {
        return mount;
    }

    public Double getLastValue() {
        return lastValue;
    }

    public Double getRaisedValue() {
        return raisedValue;
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

    public String getDetail() {
        return detail;
    }

    public String getAcknowledgedBy() {
        return acknowledgedBy;
    }
}
