package org.psmm.batch.authfailures;

import java.io.Serializable;

/**
 * Where a journal source was read up to: the cursor of the last entry read and its time (µs, UTC).
 * After a gap the cursor is null and reading goes on from the time. Small: JBeret keeps it in a BLOB.
 */
public record JournalCheckpoint(String cursor, Long timeMicros) implements Serializable {
}
