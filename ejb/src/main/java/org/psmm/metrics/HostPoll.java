package org.psmm.metrics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The last metrics poll of a host: when, whether it answered, and why not. */
@Entity
@Table(name = "host_poll")
public class HostPoll {

    @Id
    @Column(name = "host_id")
    private Long hostId;

    @Column(name = "polled_at", nullable = false)
    private Instant polledAt;

    @Column(nullable = false)
    private boolean succeeded;

    @Column(name = "error_kind", length = 32)
    private String errorKind;

    @Column(length = 1000)
    private String error;

    @Column(nullable = false)
    private int failures;

    protected HostPoll() {
        // for JPA
    }

    HostPoll(long hostId) {
        this.hostId = hostId;
    }

    void succeeded(Instant at) {
        this.polledAt = at;
        this.succeeded = true;
        this.errorKind = null;
        this.error = null;
        this.failures = 0;
    }

    void failed(Instant at, String kind, String message) {
        this.polledAt = at;
        this.succeeded = false;
        this.errorKind = kind;
        this.error = message == null ? null : DiskSample.cut(message, 1000);
        this.failures++;
    }

    public Long getHostId() {
        return hostId;
    }

    public Instant getPolledAt() {
        return polledAt;
    }

    public boolean isSucceeded() {
        return succeeded;
    }

    public String getErrorKind() {
        return errorKind;
    }

    public String getError() {
        return error;
    }

    public int getFailures() {
        return failures;
    }
}
