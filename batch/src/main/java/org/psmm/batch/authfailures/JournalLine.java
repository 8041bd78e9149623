package org.psmm.batch.authfailures;

import org.psmm.core.logs.journal.JournalEntry;

/**
 * One entry read from a journal source, or a line of journalctl's output that was none (malformed).
 *
 * @param identity natural key part: a hash of the entry's cursor ({@link JournalStream#identity})
 * @param offset   the entry's time in µs (with the identity, the rest of the natural key)
 * @param entry    the entry, null where malformed
 */
public record JournalLine(String identity, long offset, JournalEntry entry, boolean malformed) {
}
