package org.psmm.batch;

import java.time.Instant;
import java.util.List;

/** One execution of a PSMM job as the Jobs page and the API show it. */
public record JobExecutionView(long id, String job, String status, String exitStatus, Instant startedAt,
        Instant endedAt, Long durationMs, long linesRead, long failuresStored, long linesSkipped,
        boolean latestOfItsInstance, List<PartitionView> partitions) {

    /**
     * One partition: for auth-failures, one log source; journalGaps: how often its journal cursor was
     * found vacuumed in this execution (entries may have been lost); warning: why this execution read
     * the source incompletely or not at all (its file missing, a rotation gap), null if it read it all.
     */
    public record PartitionView(int number, Long sourceId, String status, long linesRead, long linesSkipped,
            long failuresStored, String error, long journalGaps, String warning) {
    }

    /** Partitions that ended with a warning: a COMPLETED execution with some is not all good. */
    public long warnings() {
        return partitions.stream().filter(p -> p.warning() != null).count();
    }

    public boolean isRunning() {
        return "STARTING".equals(status) || "STARTED".equals(status) || "STOPPING".equals(status);
    }

    /** Only an instance's latest execution can be restarted: a restarted one was superseded. */
    public boolean isRestartable() {
        return latestOfItsInstance && ("FAILED".equals(status) || "STOPPED".equals(status));
    }
}
