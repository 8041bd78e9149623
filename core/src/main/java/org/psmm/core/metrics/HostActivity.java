package org.psmm.core.metrics;

import java.util.List;
import org.psmm.core.process.ProcessSample;
import org.psmm.core.session.OpenSession;

/**
 * The sessions and processes a metrics poll read: {@code hostEpochSeconds} is the host's own
 * clock (null if it did not say), {@code uptimeSeconds} the time base of CPU differences,
 * {@code processesRead} false when the host's ps could not answer.
 */
public record HostActivity(List<OpenSession> sessions, List<ProcessSample> processes, Long hostEpochSeconds,
        double uptimeSeconds, boolean processesRead) {

    public static final HostActivity NONE = new HostActivity(List.of(), List.of(), null, 0, false);

    public HostActivity {
        sessions = List.copyOf(sessions);
        processes = List.copyOf(processes);
    }
}
