package org.psmm.backup;

import jakarta.json.bind.annotation.JsonbTransient;
import java.time.Instant;

/**
 * A backup as lists show it: a file in the backup directory (size and checksum read from disk)
 * with what its run recorded, or a failed run that left no file.
 *
 * @param status SUCCEEDED, FAILED, or UNVERIFIED for a file without its checksum file
 * @param database the database the backup holds (null: it cannot be told)
 * @param otherDatabase whether that is not PSMM's database: its restore must be confirmed as meant
 */
public record BackupEntry(String fileName, Instant takenAt, Long sizeBytes, String sha256, String status, Long durationMs,
        String error, boolean onDisk, String startedBy, String database, boolean otherDatabase) {

    // Bean-style getters for Faces pages.
    @JsonbTransient
    public String getFileName() {
        return fileName;
    }

    @JsonbTransient
    public Instant getTakenAt() {
        return takenAt;
    }

    @JsonbTransient
    public Long getSizeBytes() {
        return sizeBytes;
    }

    @JsonbTransient
    public String getSha256() {
        return sha256;
    }

    @JsonbTransient
    public String getStatus() {
        return status;
    }

    @JsonbTransient
    public Long getDurationMs() {
        return durationMs;
    }

    @JsonbTransient
    public String getError() {
        return error;
    }

    @JsonbTransient
    public boolean isOnDisk() {
        return onDisk;
    }

    @JsonbTransient
    public String getStartedBy() {
        return startedBy;
    }
}
