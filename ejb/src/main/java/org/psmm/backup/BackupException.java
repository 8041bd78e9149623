package org.psmm.backup;

import jakarta.ejb.ApplicationException;
import org.psmm.error.PsmmException;

/**
 * A backup or restore that could not be done, with a message for the admin. The reason gives
 * the kind: not found, damaged (nothing touched), busy (another backup or restore), failed.
 * A failure is recorded by the caller, so the transaction is not rolled back for it.
 */
@ApplicationException(rollback = false)
public class BackupException extends PsmmException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** No backup of that name in the directory. */
        NOT_FOUND(Kind.NOT_FOUND),
        /** The file failed its checks; nothing was touched. */
        DAMAGED(Kind.DAMAGED),
        /** Another backup or restore is running. */
        BUSY(Kind.BUSY),
        /** A backup of another database, not confirmed as meant. */
        OTHER_DATABASE(Kind.CONFLICT),
        /** The dump or the load itself failed. */
        FAILED(Kind.FAILED);

        private final Kind kind;

        Reason(Kind kind) {
            this.kind = kind;
        }
    }

    private final Reason reason;

    public BackupException(Reason reason, String message) {
        super(reason.kind, message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
