package org.psmm.logsource;

import org.psmm.error.PsmmException;

/** No log source has this id. */
public class LogSourceNotFoundException extends PsmmException {

    private static final long serialVersionUID = 1L;

    public LogSourceNotFoundException(long id) {
        super(Kind.NOT_FOUND, "No log source with id " + id);
    }
}
