package org.psmm.logsource;

import jakarta.ejb.ApplicationException;

/** The host already has a source for this path. */
@ApplicationException(rollback = true)
public class DuplicateLogSourceException extends RuntimeException {

    public DuplicateLogSourceException(String path) {
        super("This host already reads " + path);
    }
}
