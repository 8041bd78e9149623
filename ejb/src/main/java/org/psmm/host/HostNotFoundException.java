package org.psmm.host;

import org.psmm.error.PsmmException;

/** No host has this id (deleted meanwhile, or never existed). */
public class HostNotFoundException extends PsmmException {

    private static final long serialVersionUID = 1L;

    public HostNotFoundException(long id) {
        super(Kind.NOT_FOUND, "No host with id " + id);
    }
}
