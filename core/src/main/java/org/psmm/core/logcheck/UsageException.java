package org.psmm.core.logcheck;

/** A command line that cannot be run; the message says why, for the user. */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
