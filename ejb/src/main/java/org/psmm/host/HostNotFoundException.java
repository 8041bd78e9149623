package org.psmm.host;

import jakarta.ejb.ApplicationException;

/** No host has this id (deleted meanwhile, or never existed). */
@ApplicationException(rollback = true)
public class HostNotFoundException extends RuntimeException {

    public HostNotFoundException(long id) {
        super("No host with id " + id);
    }
}
