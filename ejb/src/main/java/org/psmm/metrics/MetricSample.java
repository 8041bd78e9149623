package org.psmm.metrics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.psmm.core.metrics.HostMetrics;

/** What one successful poll read from a host. CPU is null on the first poll (no earlier reading). */
@Entity
@Table(name = "metric_sample")
public class MetricSample {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "host_id", nullable = false)
    private long hostId;

    @Column(name = "taken_at", nullable = false)
    private Instant takenAt;

    @Column(name = "cpu_percent")
    private Double cpuPercent;

    @Column(name = "ram_percent", nullable = false)
    private double ramPercent;

    @Column(name = "swap_percent", nullable = false)
    private double swapPercent;

    @Column(name = "mem_total_kb", nullable = false)
    private long memTotalKb;

    @Column(nullable = false)
    private double load1;

    @Column(nullable = false)
    private double load5;

    @Column(nullable = false)
    private double load15;

    @Column(name = "uptime_seconds", nullable = false)
    private long uptimeSeconds;

    @Column(nullable = false)
    private int users;

    protected MetricSample() {
        // for JPA
    }

    MetricSample(long hostId, Instant takenAt, Double cpuPercent, HostMetrics m) {
        this.hostId = hostId;
        this.takenAt = takenAt;
        this.cpuPercent = cpuPercent;
        this.ramPercent = m.memory().usedPercent();
        this.swapPercent = m.memory().swapUsedPercent();
        this.memTotalKb = m.memory().totalKb();
        this.load1 = m.load1();
        this.load5 = m.load5();
        this.load15 = m.load15();
        this.uptimeSeconds = (long) m.uptimeSeconds();
        this.users = m.users();
    }

    public Long getId() {
        return id;
    }

    public long getHostId() {
        return hostId;
    }

    public Instant getTakenAt() {
        return takenAt;
    }

    public Double getCpuPercent() {
        return cpuPercent;
    }

    public double getRamPercent() {
        return ramPercent;
    }

    public double getSwapPercent() {
        return swapPercent;
    }

    public long getMemTotalKb() {
        return memTotalKb;
    }

    public double getLoad1() {
        return load1;
    }

    public double getLoad5() {
        return load5;
    }

    public double getLoad15() {
        return load15;
    }

    public long getUptimeSeconds() {
        return uptimeSeconds;
    }

    public int getUsers() {
        return users;
    }
}
