package org.psmm.advisory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** When a user last opened the advisories page: what came after is "new since your last visit". */
@Entity
@Table(name = "advisory_visit")
public class AdvisoryVisit {

    @Id
    @Column(length = 64)
    private String username;

    @Column(name = "visited_at", nullable = false)
    private Instant visitedAt;

    protected AdvisoryVisit() {
        // for JPA
    }

    AdvisoryVisit(String username, Instant at) {
        this.username = username;
        this.visitedAt = at;
    }

    void visited(Instant at) {
        visitedAt = at;
    }

    public Instant getVisitedAt() {
        return visitedAt;
    }
}
