package org.psmm.logsource;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.psmm.core.logs.rotation.LogCursor;

/** A log file on a host that PSMM reads for failed logins, with its cursor and counts. */
@Entity
@Table(name = "log_source")
public class LogSource {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "host_id", nullable = false)
    private long hostId;

    @Column(nullable = false, length = 1024)
    private String path;

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

    void change(String newPath, String newFormat, boolean newEnabled) {
        if (!newPath.equals(path)) {
            cursorInode = null;
            cursorHeadLength = null;
            cursorHeadHash = null;
            cursorOffset = 0;
        }
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
