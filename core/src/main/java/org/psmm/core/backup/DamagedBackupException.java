package org.psmm.core.backup;

/** A backup that must not be restored: missing or wrong checksum, truncated or corrupt gzip. */
public class DamagedBackupException extends Exception {

    private static final long serialVersionUID = 1L;

    public DamagedBackupException(String message) {
        super(message);
    }
}
