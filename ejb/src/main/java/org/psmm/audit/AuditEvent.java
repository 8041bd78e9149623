package org.psmm.audit;

import java.io.Serializable;
import java.time.Instant;

/** One row of the trail, as the Audit page and /api/audit show it. Target and detail may hold hostile text. */
public record AuditEvent(long id, Instant at, String actor, String address, AuditKind kind, String target, String detail)
        implements Serializable {
}
