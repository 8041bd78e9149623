package org.psmm.web.api;

import java.time.Instant;
import org.psmm.core.logs.journal.JournalEntry;
import org.psmm.logsource.LogSource;

/**
 * A log source with its cursor and counts, as the API shows it. A journal source (kind JOURNAL) has
 * its filter, optional journal file, the cursor and time of the last entry read and the gaps found
 * (cursor vacuumed: entries may have been lost); its path is a label of the filter.
 */
public record LogSourceView(long id, long hostId, String kind, String path, String format, boolean enabled,
        Long cursorInode, long cursorOffset, String journalFilter, String journalFile, String journalCursor,
        Instant journalTime, long journalGaps, Instant lastReadAt, long linesRead, long linesSkipped, long failuresFound,
        String lastError) {

    static LogSourceView of(LogSource s) {
        return new LogSourceView(s.getId(), s.getHostId(), s.getKind().name(), s.getPath(), s.getFormat(), s.isEnabled(),
                s.getCursorInode(), s.getCursorOffset(), s.getJournalFilter(), s.getJournalFile(), s.getJournalCursor(),
                s.getJournalTimeMicros() == null ? null : JournalEntry.time(s.getJournalTimeMicros()), s.getJournalGaps(),
                s.getLastReadAt(), s.getLinesRead(), s.getLinesSkipped(), s.getFailuresFound(), s.getLastError());
    }
}
