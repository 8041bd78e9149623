package org.psmm.web.api;

import java.time.Instant;
import java.util.List;
import org.psmm.update.UpdateRun;

/** An update run as the API shows it. */
public record UpdateRunView(long id, String host, String requestedBy, String status, String phase, Instant queuedAt,
        Instant startedAt, Instant finishedAt, Long durationMs, boolean rebootRequired, String rebootPackages,
        boolean portalUsed, List<Package> packages, String error, String outputTail) {

    public record Package(String name, String from, String to) {
    }

    static UpdateRunView of(UpdateRun r) {
        return new UpdateRunView(r.getId(), r.getHostName(), r.getRequestedBy(), r.getStatus().name(), r.getPhase(),
                r.getQueuedAt(), r.getStartedAt(), r.getFinishedAt(), r.getDurationMs(), r.isRebootRequired(),
                r.getRebootPackages(), r.isPortalUsed(),
                r.getPackages().stream().map(p -> new Package(p.getName(), p.getFromVersion(), p.getToVersion())).toList(),
                r.getError(), r.getOutputTail());
    }
}
