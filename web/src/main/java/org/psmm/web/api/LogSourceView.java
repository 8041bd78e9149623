package org.psmm.web.api;

import java.time.Instant;
import org.psmm.logsource.LogSource;

/** A log source with its cursor and counts, as the API shows it. */
public record LogSourceView(long id, long hostId, String path, String format, boolean enabled, Long cursorInode,
        long cursorOffset, Instant lastReadAt, long linesRead, long linesSkipped, long failuresFound, String lastError) {

    static LogSourceView of(LogSource s) {
        return new LogSourceView(s.getId(), s.getHostId(), s.getPath(), s.getFormat(), s.isEnabled(), s.getCursorInode(),
                s.getCursorOffset(), s.getLastReadAt(), s.getLinesRead(), s.getLinesSkipped(), s.getFailuresFound(),
                s.getLastError());
    }
}
