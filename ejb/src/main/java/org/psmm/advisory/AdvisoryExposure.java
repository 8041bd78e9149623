package org.psmm.advisory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * An advisory names a product a host has: which package, at which version when it was matched,
 * and, once a later inventory finds another version (or none), that the host was updated.
 */
@Entity
@Table(name = "advisory_exposure")
public class AdvisoryExposure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "advisory_id", nullable = false)
    private long advisoryId;

    @Column(name = "host_id", nullable = false)
    private long hostId;

    @Column(name = "package_name", nullable = false, length = 128)
    private String packageName;

    @Column(nullable = false, length = 128)
    private String version;

    @Column(name = "current_version", length = 128)
    private String currentVersion;

    @Column(nullable = false)
    private boolean updated;

    @Column(name = "marked_at", nullable = false)
    private Instant markedAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected AdvisoryExposure() {
        // for JPA
    }

    AdvisoryExposure(long advisoryId, long hostId, String packageName, String version, Instant at) {
        this.advisoryId = advisoryId;
        this.hostId = hostId;
        this.packageName = packageName;
        this.version = version;
        this.markedAt = at;
    }

    /**
     * What the latest inventory has of the package (null: not installed any more).
     *
     * @return whether this changed the exposure
     */
    boolean seen(String installed, Instant at) {
        if (!updated && Objects.equals(installed, version)) {
            return false;
        }
        if (updated && Objects.equals(installed, currentVersion)) {
            return false;
        }
        updated = !Objects.equals(installed, version);
        currentVersion = updated ? installed : null;
        updatedAt = updated ? at : null;
        return true;
    }

    public long getAdvisoryId() {
        return advisoryId;
    }

    public long getHostId() {
        return hostId;
    }

    public String getPackageName() {
        return packageName;
    }

    public String getVersion() {
        return version;
    }

    public String getCurrentVersion() {
        return currentVersion;
    }

    public boolean isUpdated() {
        return updated;
    }

    public Instant getMarkedAt() {
        return markedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
