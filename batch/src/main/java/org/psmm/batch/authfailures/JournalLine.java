package org.psmm.batch.authfailures;

import org.psmm.core.logs.journal.JournalEntry;

/**
 * One entry read from a journal source, or a line of journalctl's output that was none (malformed).
 *
 * @param offset the entry's time in µs (with the identity, the rest of the natural key)
 * @param entry  the entry, null where malformed
 */
public record JournalLine(long offset, JournalEntry entry, boolean malformed) {

    /**
     * Natural key part: a hash of the entry's cursor ({@link JournalStream#identity}). Computed on
     * demand, for the few entries that are failures, not for every entry read.
     */
    public String identity() {
        return JournalStream.identity(entry.cursor());
    }
}
