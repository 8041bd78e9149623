package org.psmm.hostcheck;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One run of a host's checks (login, sudo, MariaDB, hardening), kept as history. */
@Entity
@Table(name = "host_check")
public class HostCheck {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "host_id", nullable = false)
    private long hostId;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "duration_ms", nullable = false)
    private long durationMs;

    @Column(nullable = false)
    private boolean passed;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "host_check_item", joinColumns = @JoinColumn(name = "check_id"))
    @OrderColumn(name = "position")
    private List<HostCheckItem> items = new ArrayList<>();

    protected HostCheck() {
    }

    HostCheck(long hostId, Instant startedAt, long durationMs, List<HostCheckItem> items) {
        this.hostId = hostId;
        this.startedAt = startedAt;
        this.durationMs = durationMs;
        this.items = new ArrayList<>(items);
        this.passed = !items.isEmpty() && items.stream().allMatch(HostCheckItem::isPassed);
    }

    public Long getId() {
        return id;
    }

    public long getHostId() {
        return hostId;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public long getDurationMs() {
        return durationMs;
    }

    public boolean isPassed() {
        return passed;
    }

    public List<HostCheckItem> getItems() {
        return List.copyOf(items);
    }
}
