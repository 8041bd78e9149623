package org.psmm.advisory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** How reading one feed went: last success, last error, failures since the last success. */
@Entity
@Table(name = "advisory_feed")
public class AdvisoryFeed {

    @Id
    @Column(length = 500)
    private String url;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    @Column(name = "last_success_at")
    private Instant lastSuccessAt;

    @Column(name = "last_error_at")
    private Instant lastErrorAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "failures_in_row", nullable = false)
    private int failuresInRow;

    @Column(name = "last_items", nullable = false)
    private int lastItems;

    protected AdvisoryFeed() {
        // for JPA
    }

    AdvisoryFeed(String url) {
        this.url = url;
    }

    void succeeded(Instant at, int items) {
        lastAttemptAt = at;
        lastSuccessAt = at;
        lastItems = items;
        failuresInRow = 0;
    }

    void failed(Instant at, String error) {
        lastAttemptAt = at;
        lastErrorAt = at;
        lastError = error.length() > 1000 ? error.substring(0, 999) + "…" : error;
        failuresInRow++;
    }

    public String getUrl() {
        return url;
    }

    public Instant getLastAttemptAt() {
        return lastAttemptAt;
    }

    public Instant getLastSuccessAt() {
        return lastSuccessAt;
    }

    public Instant getLastErrorAt() {
        return lastErrorAt;
    }

    public String getLastError() {
        return lastError;
    }

    public int getFailuresInRow() {
        return failuresInRow;
    }

    public int getLastItems() {
        return lastItems;
    }

    /** Whether the last attempt failed. */
    public boolean isFailing() {
        return failuresInRow > 0;
    }
}
