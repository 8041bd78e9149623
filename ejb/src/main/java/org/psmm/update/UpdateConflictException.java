package org.psmm.update;

import org.psmm.error.PsmmException;

/** An update of this host is already queued or running: a second one would fight it for apt's lock. */
public class UpdateConflictException extends PsmmException {

    private static final long serialVersionUID = 1L;

    public UpdateConflictException(String hostName, long runId) {
        super(Kind.BUSY, "An update of " + hostName + " is already queued or running (run " + runId + ")");
    }
}
