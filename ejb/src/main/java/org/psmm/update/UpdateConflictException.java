package org.psmm.update;

import jakarta.ejb.ApplicationException;

/** An update of this host is already queued or running: a second one would fight it for apt's lock. */
@ApplicationException(rollback = true)
public class UpdateConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UpdateConflictException(String hostName, long runId) {
        super("An update of " + hostName + " is already queued or running (run " + runId + ")");
    }
}
