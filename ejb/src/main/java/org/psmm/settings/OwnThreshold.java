package org.psmm.settings;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * What a host's or a device's own threshold for one kind holds besides its key: the percent that
 * overrides the global setting, and who set it when. The subclass is the entity and owns the key.
 */
@MappedSuperclass
public abstract class OwnThreshold {

    @Column(nullable = false)
    private int percent;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    public abstract ThresholdKind getKind();

    /** For the service that checks the bounds and audits the change. */
    public void change(int percent, Instant at, String by) {
        this.percent = percent;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public int getPercent() {
        return percent;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
