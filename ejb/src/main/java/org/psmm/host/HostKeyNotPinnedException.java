package org.psmm.host;

import jakarta.ejb.ApplicationException;
import org.psmm.error.PsmmException;

/** PSMM will not talk to a host whose key the admin has not confirmed. */
@ApplicationException(rollback = false)
public class HostKeyNotPinnedException extends PsmmException {

    private static final long serialVersionUID = 1L;

    public HostKeyNotPinnedException(String hostName) {
        super(Kind.CONFLICT, "The SSH host key of " + hostName
                + " is not confirmed yet: compare its fingerprint and confirm it first");
    }
}
