package org.psmm.audit;

import java.io.Serializable;
import java.time.Instant;

/** Which rows of the trail: one actor, one kind, a period [from, to); null fields do not filter. */
public record AuditFilter(String actor, AuditKind kind, Instant from, Instant to) implements Serializable {

    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null);
    }
}
