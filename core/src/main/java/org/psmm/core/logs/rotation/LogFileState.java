package org.psmm.core.logs.rotation;

/**
 * A file as the probe saw it on the host.
 *
 * @param size the size in bytes, or -1 for a compressed file (its content size is not known
 *     without reading it whole)
 * @param matchHash sha256 of its first N content bytes (decompressed for .gz), N being the head
 *     length of the cursor it is compared with
 * @param freshHash sha256 of its first {@link LogCursor#HEAD_LENGTH} bytes, for a new cursor
 */
public record LogFileState(String path, long inode, long size, String matchHash, String freshHash) {

    public boolean compressed() {
        return path.endsWith(".gz");
    }

    /** How many bytes freshHash covers (a live file is never compressed). */
    public int freshLength() {
        return (int) Math.min(LogCursor.HEAD_LENGTH, size);
    }
}
