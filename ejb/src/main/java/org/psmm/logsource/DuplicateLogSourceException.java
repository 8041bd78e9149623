package org.psmm.logsource;

import org.psmm.error.PsmmException;

/** The host already has a source for this path. */
public class DuplicateLogSourceException extends PsmmException {

    private static final long serialVersionUID = 1L;

    public DuplicateLogSourceException(String path) {
        super(Kind.CONFLICT, "This host already reads " + path, "path", "already read on this host");
    }
}
