package org.psmm.advisory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** When a host's packages were last listed, how many, or why they could not be. */
@Entity
@Table(name = "host_inventory")
public class HostInventory {

    @Id
    @Column(name = "host_id")
    private long hostId;

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "package_count", nullable = false)
    private int packageCount;

    @Column(length = 1000)
    private String error;

    protected HostInventory() {
        // for JPA
    }

    HostInventory(long hostId, Instant at) {
        this.hostId = hostId;
        this.attemptedAt = at;
    }

    void read(Instant at, int packages) {
        attemptedAt = at;
        readAt = at;
        packageCount = packages;
        error = null;
    }

    void failed(Instant at, String why) {
        attemptedAt = at;
        error = why.length() > 1000 ? why.substring(0, 999) + "…" : why;
    }

    public long getHostId() {
        return hostId;
    }

    public Instant getAttemptedAt() {
        return attemptedAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public int getPackageCount() {
        return packageCount;
    }

    public String getError() {
        return error;
    }
}
