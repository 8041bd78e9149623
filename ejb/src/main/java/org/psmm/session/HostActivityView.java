package org.psmm.session;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.psmm.core.session.OpenSession;

/** A host's latest sessions and top processes; takenAt null: no successful poll since issue 18. */
public record HostActivityView(long hostId, String host, Instant takenAt, List<OpenSession> sessions,
        List<ProcessRow> byCpu, List<ProcessRow> byMemory) implements Serializable {
}
