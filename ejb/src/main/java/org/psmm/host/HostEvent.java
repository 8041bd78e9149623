package org.psmm.host;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Something that happened to a host (a changed SSH key...), kept for people and for alerts. */
@Entity
@Table(name = "host_event")
public class HostEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "host_id", nullable = false)
    private long hostId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private HostEventKind kind;

    @Column(nullable = false, length = 2000)
    private String message;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected HostEvent() {
    }

    HostEvent(long hostId, HostEventKind kind, String message, Instant occurredAt) {
        this.hostId = hostId;
        this.kind = kind;
        this.message = message.length() > 2000 ? message.substring(0, 2000) : message;
        this.occurredAt = occurredAt;
    }

    public Long getId() {
        return id;
    }

    public long getHostId() {
        return hostId;
    }

    public HostEventKind getKind() {
        return kind;
    }

    public String getMessage() {
        return message;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
