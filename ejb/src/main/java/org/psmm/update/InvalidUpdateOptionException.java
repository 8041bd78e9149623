package org.psmm.update;

import org.psmm.error.PsmmException;

/** An update option or portal an admin entered is not usable; the message says why. */
public class InvalidUpdateOptionException extends PsmmException {

    private static final long serialVersionUID = 1L;

    public InvalidUpdateOptionException(String message) {
        super(Kind.INVALID, message);
    }
}
