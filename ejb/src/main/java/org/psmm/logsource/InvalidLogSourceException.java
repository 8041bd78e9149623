package org.psmm.logsource;

import jakarta.ejb.ApplicationException;

/** A log source form that cannot be read as given (a missing path, a journal filter refused...). */
@ApplicationException(rollback = true)
public class InvalidLogSourceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidLogSourceException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form field at fault: path, filter or file. */
    public String getField() {
        return field;
    }
}
