package org.psmm.backup;

import jakarta.ejb.ApplicationException;

/**
 * A backup or restore that could not be done, with a message for the admin.
 * {@link Reason} lets the API answer with the right status.
 */
@ApplicationException
public class BackupException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** No backup of that name in the directory. */
        NOT_FOUND,
        /** The file failed its checks; nothing was touched. */
        DAMAGED,
        /** Another backup or restore is running. */
        BUSY,
        /** The dump or the load itself failed. */
        FAILED
    }

    private final Reason reason;

    public BackupException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
