package org.psmm.metrics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.psmm.core.metrics.DiskUsage;

/** One mounted file system's use at one poll. */
@Entity
@Table(name = "disk_sample")
public class DiskSample {

    static final int MAX_TEXT = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "host_id", nullable = false)
    private long hostId;

    @Column(name = "taken_at", nullable = false)
    private Instant takenAt;

    @Column(nullable = false, length = 255)
    private String mount;

    @Column(nullable = false, length = 255)
    private String device;

    @Column(name = "fs_type", nullable = false, length = 32)
    private String fsType;

    @Column(name = "size_kb", nullable = false)
    private long sizeKb;

    @Column(name = "used_kb", nullable = false)
    private long usedKb;

    @Column(name = "used_percent", nullable = false)
    private double usedPercent;

    protected DiskSample() {
        // for JPA
    }

    DiskSample(long hostId, Instant takenAt, DiskUsage d) {
        this.hostId = hostId;
        this.takenAt = takenAt;
        this.mount = cut(d.mount(), MAX_TEXT);
        this.device = cut(d.device(), MAX_TEXT);
        this.fsType = cut(d.type(), 32);
        this.sizeKb = d.sizeKb();
        this.usedKb = d.usedKb();
        this.usedPercent = d.usedPercent();
    }

    static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    public long getHostId() {
        return hostId;
    }

    public Instant getTakenAt() {
        return takenAt;
    }

    public String getMount() {
        return mount;
    }

    public String getDevice() {
        return device;
    }

    public String getFsType() {
        return fsType;
    }

    public long getSizeKb() {
        return sizeKb;
    }

    public long getUsedKb() {
        return usedKb;
    }

    public double getUsedPercent() {
        return usedPercent;
    }
}
