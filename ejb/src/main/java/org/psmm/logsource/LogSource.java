package org.psmm.logsource;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.psmm.core.logs.rotation.LogCursor;

/**
 * A log on a host that PSMM reads for failed logins — a file, or the journal filtered by units or
 * syslog identifiers — with its cursor and counts.
 */
@Entity
@Table(name = "log_source")
public class LogSource {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "host_id", nullable = false)
    private long hostId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private LogSourceKind kind = LogSourceKind.FILE;

    @Column(nullable = false, length = 1024)
    private String path;

    @Column(name = "journal_filter", length = 255)
    private String journalFilter;

    @Column(name = "journal_file", length = 1024)
    private String journalFile;

    @Column(name = "journal_cursor", length = 512)
    private String journalCursor;

    @Column(name = "journal_time_us")
    private Long journalTimeMicros;

    @Column(name = "journal_gaps", nullable = false)
    private long journalGaps;

    @Column(nullable = false, length = 16)
    private String format;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "cursor_inode")
    private Long cursorInode;

    @Column(name = "cursor_head_length")
    private Integer cursorHeadLength;

    @Column(name = "cursor_head_hash", length = 64)
    private String cursorHeadHash;

    @Column(name = "cursor_offset", nullable = false)
    private long cursorOffset;

    @Column(name = "last_read_at")
    private Instant lastReadAt;

    @Column(name = "lines_read", nullable = false)
    private long linesRead;

    @Column(name = "lines_skipped", nullable = false)
    private long linesSkipped;

    @Column(name = "failures_found", nullable = false)
    private long failuresFound;

    @Column(name = "last_error", length = 2000)
    private String lastError;

    protected LogSource() {
    }

    LogSource(long hostId, String path, String format, boolean enabled, Instant now) {
        this.hostId = hostId;
        this.path = path;
        this.format = format;
        this.enabled = enabled;
        this.createdAt = now;
    }

    LogSource(long hostId, String label, String filter, String file, String format, boolean enabled, Instant now) {
        this(hostId, label, format, enabled, now);
        this.kind = LogSourceKind.JOURNAL;
        this.journalFilter = filter;
        this.journalFile = file;
    }

    void change(LogSourceKind newKind, String newPath, String newFilter, String newFile, String newFormat,
                boolean newEnabled) {
        if (!newPath.equals(path) || newKind != kind) {
            // Another file or other entries: what was read says nothing about them.
            cursorInode = null;
            cursorHeadLength = null;
            cursorHeadHash = null;
            cursorOffset = 0;
            journalCursor = null;
            journalTimeMicros = null;
        }
        this.kind = newKind;
        this.journalFilter = newFilter;
        this.journalFile = newFile;
        this.path = newPath;
        this.format = newFormat;
        this.enabled = newEnabled;
    }

    /** The cursor, or null for a log never read. */
    public LogCursor cursor() {
        if (cursorInode == null) {
            return null;
        }
        return LogCursor.of(cursorInode, cursorHeadLength, cursorHeadHash, cursorOffset);
    }

    void advance(LogCursor cursor, long lines, long skipped, Instant at) {
        if (cursor != null) {
            cursorInode = cursor.inode();
            cursorHeadLength = cursor.headLength();
            cursorHeadHash = cursor.headHash();
            cursorOffset = cursor.offset();
        }
        linesRead += lines;
        linesSkipped += skipped;
        lastReadAt = at;
    }

    /** Saves the journal checkpoint: the last entry read (or none after a gap) and its time. */
    void advanceJournal(String cursor, Long timeMicros, long lines, long skipped, boolean gap, Instant at) {
        journalCursor = cursor;
        journalTimeMicros = timeMicros;
        linesRead += lines;
        linesSkipped += skipped;
        if (gap) {
            journalGaps++;
        }
        lastReadAt = at;
    }

    void addFailures(long count) {
        failuresFound += count;
    }

    void setLastError(String error) {
        this.lastError = error == null ? null : error.length() > 2000 ? error.substring(0, 2000) : error;
    }

    public Long getId() {
        return id;
    }

    public long getHostId() {
        return hostId;
    }

    public LogSourceKind getKind() {
        return kind;
    }

    public boolean isJournal() {
        return kind == LogSourceKind.JOURNAL;
    }

    public String getJournalFilter() {
        return journalFilter;
    }

    public String getJournalFile() {
        return journalFile;
    }

    public String getJournalCursor() {
        return journalCursor;
    }

    public Long getJournalTimeMicros() {
        return journalTimeMicros;
    }

    public long getJournalGaps() {
        return journalGaps;
    }

    public String getPath() {
        return path;
    }

    public String getFormat() {
        return format;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getCursorInode() {
        return cursorInode;
    }

    public long getCursorOffset() {
        return cursorOffset;
    }

    public Instant getLastReadAt() {
        return lastReadAt;
    }

    public long getLinesRead() {
        return linesRead;
    }

    public long getLinesSkipped() {
        return linesSkipped;
    }

    public long getFailuresFound() {
        return failuresFound;
    }

    public String getLastError() {
        return lastError;
    }
}
