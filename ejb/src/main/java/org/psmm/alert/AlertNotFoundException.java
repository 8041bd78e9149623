package org.psmm.alert;

import jakarta.ejb.ApplicationException;

/** No alert has this id. */
@ApplicationException(rollback = true)
public class AlertNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AlertNotFoundException(long id) {
        super("No alert with id " + id);
    }
}
