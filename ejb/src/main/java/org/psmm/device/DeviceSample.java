package org.psmm.device;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A device at one answered poll: uptime, average CPU load and memory use (null where it has none). */
@Entity
@Table(name = "device_sample")
@IdClass(DeviceSample.Key.class)
public class DeviceSample {

    @Id
    @Column(name = "device_id")
    private Long deviceId;

    @Id
    @Column(name = "taken_at")
    private Instant takenAt;

    @Column(name = "uptime_seconds")
    private Long uptimeSeconds;

    @Column(name = "cpu_percent")
    private Double cpuPercent;

    @Column(name = "mem_percent")
    private Double memPercent;

    protected DeviceSample() {
        // for JPA
    }

    DeviceSample(long deviceId, Instant takenAt, Long uptimeSeconds, Double cpuPercent, Double memPercent) {
        this.deviceId = deviceId;
        this.takenAt = takenAt;
        this.uptimeSeconds = uptimeSeconds;
        this.cpuPercent = cpuPercent;
        this.memPercent = memPercent;
    }

    public Long getDeviceId() {
        return deviceId;
    }

    public Instant getTakenAt() {
        return takenAt;
    }

    public Long getUptimeSeconds() {
        return uptimeSeconds;
    }

    public Double getCpuPercent() {
        return cpuPercent;
    }

    public Double getMemPercent() {
        return memPercent;
    }

    /** The composite key (device, time). */
    public record Key(Long deviceId, Instant takenAt) implements Serializable {
    }
}
