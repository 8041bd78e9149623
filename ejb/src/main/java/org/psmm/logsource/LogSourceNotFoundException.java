package org.psmm.logsource;

import jakarta.ejb.ApplicationException;

@ApplicationException(rollback = true)
public class LogSourceNotFoundException extends RuntimeException {

    public LogSourceNotFoundException(long id) {
        super("No log source with id " + id);
    }
}
