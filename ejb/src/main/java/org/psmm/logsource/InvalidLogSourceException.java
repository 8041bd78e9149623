package org.psmm.logsource;

import org.psmm.error.PsmmException;

/** A log source form that cannot be read as given (a missing path, a journal filter refused...). */
public class InvalidLogSourceException extends PsmmException {

    private static final long serialVersionUID = 1L;

    /** field: the form field at fault, path, filter or file. */
    public InvalidLogSourceException(String field, String message) {
        super(Kind.INVALID, message, field, null);
    }
}
