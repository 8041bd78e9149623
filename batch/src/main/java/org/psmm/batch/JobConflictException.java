package org.psmm.batch;

import jakarta.ejb.ApplicationException;

/** The job cannot start now: one is running, or there is nothing for it to do. */
@ApplicationException(rollback = true)
public class JobConflictException extends RuntimeException {

    public JobConflictException(String message) {
        super(message);
    }
}
