package org.psmm.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One host's own threshold for one kind, overriding the global setting. */
@Entity
@Table(name = "host_threshold")
@IdClass(HostThreshold.Key.class)
public class HostThreshold extends OwnThreshold {

    @Id
    @Column(name = "host_id")
    private Long hostId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private ThresholdKind kind;

    protected HostThreshold() {
        // for JPA
    }

    HostThreshold(long hostId, ThresholdKind kind) {
        this.hostId = hostId;
        this.kind = kind;
    }

    public Long getHostId() {
        return hostId;
    }

    @Override
    public ThresholdKind getKind() {
        return kind;
    }

    /** The composite key (host, kind). */
    public record Key(Long hostId, ThresholdKind kind) implements Serializable {
    }
}
