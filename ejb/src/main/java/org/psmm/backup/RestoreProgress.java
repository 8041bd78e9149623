package org.psmm.backup;

import java.io.Serializable;
import java.time.Instant;

/**
 * Where a running restore is: a restore of a big database takes minutes (MariaDB rebuilds the
 * indexes), and the admin who started it, or another one, wants to see it move.
 *
 * @param fileName   the backup being restored
 * @param by         who asked for it
 * @param phase      CHECKING the file (before pausing, and again right before loading), PAUSING the timers and jobs,
 *                   LOADING the dump, MIGRATING the schema
 * @param bytesRead  bytes of the backup file loaded so far (LOADING and after)
 * @param bytesTotal the backup file's size
 * @param startedAt  when the restore started
 */
public record RestoreProgress(String fileName, String by, Phase phase, long bytesRead, long bytesTotal, Instant startedAt)
        implements Serializable {

    public enum Phase { CHECKING, PAUSING, LOADING, MIGRATING }

    /** 0..100: the share of the file loaded; 100 once the dump is loaded (migrations take seconds). */
    public int percent() {
        if (phase == Phase.MIGRATING) {
            return 100;
        }
        return bytesTotal <= 0 ? 0 : (int) Math.min(100, bytesRead * 100 / bytesTotal);
    }

    // Getters for the console's EL, which does not read record components.

    public String getFileName() {
        return fileName;
    }

    public String getBy() {
        return by;
    }

    public Phase getPhase() {
        return phase;
    }

    public long getBytesRead() {
        return bytesRead;
    }

    public long getBytesTotal() {
        return bytesTotal;
    }

    public int getPercent() {
        return percent();
    }

    RestoreProgress at(Phase next) {
        return new RestoreProgress(fileName, by, next, bytesRead, bytesTotal, startedAt);
    }

    RestoreProgress read(long bytes) {
        return new RestoreProgress(fileName, by, phase, bytes, bytesTotal, startedAt);
    }
}
