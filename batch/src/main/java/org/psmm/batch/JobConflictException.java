package org.psmm.batch;

import org.psmm.error.PsmmException;

/** The job cannot start now: one is running, or there is nothing for it to do. */
public class JobConflictException extends PsmmException {

    private static final long serialVersionUID = 1L;

    public JobConflictException(String message) {
        super(Kind.CONFLICT, message);
    }
}
