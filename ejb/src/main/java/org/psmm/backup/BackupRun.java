package org.psmm.backup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One backup or restore and how it ended. */
@Entity
@Table(name = "backup_run")
public class BackupRun {

    public enum Kind {
        BACKUP, RESTORE
    }

    public enum Status {
        SUCCEEDED, FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Kind kind;

    @Column(name = "file_name", length = 64)
    private String fileName;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "duration_ms")
    private Long durationMs;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    @Column(length = 64)
    private String sha256;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(length = 2000)
    private String error;

    @Column(name = "started_by", nullable = false, length = 64)
    private String startedBy;

    protected BackupRun() {
        // for JPA
    }

    BackupRun(Kind kind, String fileName, Instant startedAt, Long durationMs, Long sizeBytes, String sha256, Status status,
            String error, String startedBy) {
        this.kind = kind;
        this.fileName = fileName;
        this.startedAt = startedAt;
        this.durationMs = durationMs;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.status = status;
        this.error = error == null || error.length() <= 2000 ? error : error.substring(0, 1997) + "...";
        this.startedBy = startedBy.length() <= 64 ? startedBy : startedBy.substring(0, 64);
    }

    /** A detached copy to write back after a restore replaced the table. */
    BackupRun copy() {
        return new BackupRun(kind, fileName, startedAt, durationMs, sizeBytes, sha256, status, error, startedBy);
    }

    public Long getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public String getFileName() {
        return fileName;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Long getDurationMs() {
        return durationMs;
    }

    public Long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public Status getStatus() {
        return status;
    }

    public String getError() {
        return error;
    }

    public String getStartedBy() {
        return startedBy;
    }
}
