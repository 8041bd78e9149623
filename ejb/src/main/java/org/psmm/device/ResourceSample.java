package org.psmm.device;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One processor's load or one storage's use at one poll. */
@Entity
@Table(name = "device_resource_sample")
@IdClass(ResourceSample.Key.class)
public class ResourceSample {

    @Id
    @Column(name = "device_id")
    private Long deviceId;

    @Id
    @Column(name = "taken_at")
    private Instant takenAt;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    private ResourceKind kind;

    @Id
    @Column(name = "hr_index")
    private Integer hrIndex;

    private Double percent;

    @Column(name = "used_bytes")
    private Long usedBytes;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    protected ResourceSample() {
        // for JPA
    }

    ResourceSample(long deviceId, Instant takenAt, ResourceKind kind, int hrIndex, Double percent, Long usedBytes,
            Long sizeBytes) {
        this.deviceId = deviceId;
        this.takenAt = takenAt;
        this.kind = kind;
        this.hrIndex = hrIndex;
        this.percent = percent;
        this.usedBytes = usedBytes;
        this.sizeBytes = sizeBytes;
    }

    public Long getDeviceId() {
        return deviceId;
    }

    public Instant getTakenAt() {
        return takenAt;
    }

    public ResourceKind getKind() {
        return kind;
    }

    public Integer getHrIndex() {
        return hrIndex;
    }

    public Double getPercent() {
        return percent;
    }

    public Long getUsedBytes() {
        return usedBytes;
    }

    public Long getSizeBytes() {
        return sizeBytes;
    }

    /** The composite key (device, time, kind, index). */
    public record Key(Long deviceId, Instant takenAt, ResourceKind kind, Integer hrIndex) implements Serializable {
    }
}
