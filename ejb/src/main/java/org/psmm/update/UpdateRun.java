package org.psmm.update;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.psmm.core.updates.UpgradablePackage;

/** One system update of one host: queued, running (with its phase), then succeeded or failed. */
@Entity
@Table(name = "update_run")
public class UpdateRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "host_id", nullable = false)
    private long hostId;

    @Column(name = "host_name", nullable = false, length = 64)
    private String hostName;

    @Column(name = "requested_by", nullable = false, length = 64)
    private String requestedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private UpdateStatus status;

    @Column(length = 32)
    private String phase;

    @Column(name = "queued_at", nullable = false)
    private Instant queuedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "duration_ms")
    private Long durationMs;

    @Column(name = "reboot_required", nullable = false)
    private boolean rebootRequired;

    @Column(name = "reboot_packages", length = 2000)
    private String rebootPackages;

    @Column(name = "portal_used", nullable = false)
    private boolean portalUsed;

    @Column(name = "rejected_lines", nullable = false)
    private int rejectedLines;

    @Column(name = "output_tail", columnDefinition = "MEDIUMTEXT")
    private String outputTail;

    @Column(length = 2000)
    private String error;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "update_run_package", joinColumns = @JoinColumn(name = "run_id"))
    @OrderColumn(name = "position")
    private List<UpdatedPackage> packages = new ArrayList<>();

    protected UpdateRun() {
    }

    UpdateRun(long hostId, String hostName, String requestedBy, Instant now) {
        this.hostId = hostId;
        this.hostName = hostName;
        this.requestedBy = requestedBy;
        this.status = UpdateStatus.QUEUED;
        this.queuedAt = now;
    }

    void start(Instant now) {
        status = UpdateStatus.RUNNING;
        startedAt = now;
    }

    void phase(String phase) {
        this.phase = phase;
    }

    void packages(List<UpgradablePackage> upgradable, int rejected) {
        packages.clear();
        upgradable.forEach(p -> packages.add(new UpdatedPackage(p)));
        rejectedLines = rejected;
    }

    void finish(UpdateStatus end, String error, boolean rebootRequired, List<String> rebootPackages,
            boolean portalUsed, String outputTail, Instant now) {
        this.status = end;
        this.error = error == null ? null : (error.length() > 2000 ? error.substring(0, 1997) + "..." : error);
        this.rebootRequired = rebootRequired;
        String pkgs = String.join(" ", rebootPackages);
        this.rebootPackages = pkgs.isEmpty() ? null : (pkgs.length() > 2000 ? pkgs.substring(0, 2000) : pkgs);
        this.portalUsed = portalUsed;
        this.outputTail = outputTail;
        this.finishedAt = now;
        this.phase = null;
        Instant from = startedAt != null ? startedAt : queuedAt;
        this.durationMs = Duration.between(from, now).toMillis();
    }

    public Long getId() {
        return id;
    }

    public long getHostId() {
        return hostId;
    }

    public String getHostName() {
        return hostName;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public UpdateStatus getStatus() {
        return status;
    }

    public String getPhase() {
        return phase;
    }

    public Instant getQueuedAt() {
        return queuedAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Long getDurationMs() {
        return durationMs;
    }

    public boolean isRebootRequired() {
        return rebootRequired;
    }

    public String getRebootPackages() {
        return rebootPackages;
    }

    public boolean isPortalUsed() {
        return portalUsed;
    }

    public int getRejectedLines() {
        return rejectedLines;
    }

    public String getOutputTail() {
        return outputTail;
    }

    public String getError() {
        return error;
    }

    public List<UpdatedPackage> getPackages() {
        return packages;
    }
}
