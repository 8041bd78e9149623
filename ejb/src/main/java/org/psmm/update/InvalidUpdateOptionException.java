package org.psmm.update;

import jakarta.ejb.ApplicationException;

/** An update option or portal an admin entered is not usable; the message says why. */
@ApplicationException(rollback = true)
public class InvalidUpdateOptionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidUpdateOptionException(String message) {
        super(message);
    }
}
