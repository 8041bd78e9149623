package org.psmm.alert;

import org.psmm.error.PsmmException;

/** No alert has this id. */
public class AlertNotFoundException extends PsmmException {

    private static final long serialVersionUID = 1L;

    public AlertNotFoundException(long id) {
        super(Kind.NOT_FOUND, "No alert with id " + id);
    }
}
