package org.psmm.backup;

import java.time.Instant;

/**
 * A backup as lists show it: a file in the backup directory (size and checksum read from disk)
 * with what its run recorded, or a failed run that left no file.
 *
 * @param status SUCCEEDED, FAILED, or UNVERIFIED for a file without its checksum file
 */
public record BackupEntry(String fileName, Instant takenAt, Long sizeBytes, String sha256, String status, Long durationMs,
        String error, boolean onDisk, String startedBy) {

    // Bean-style getters for Faces pages.
    public String getFileName() {
        return fileName;
    }

    public Instant getTakenAt() {
        return takenAt;
    }

    public Long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public String getStatus() {
        return status;
    }

    public Long getDurationMs() {
        return durationMs;
    }

    public String getError() {
        return error;
    }

    public boolean isOnDisk() {
        return onDisk;
    }

    public String getStartedBy() {
        return startedBy;
    }
}
