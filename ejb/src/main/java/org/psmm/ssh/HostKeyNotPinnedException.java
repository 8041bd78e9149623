package org.psmm.ssh;

import jakarta.ejb.ApplicationException;

/** PSMM will not talk to a host whose key the admin has not confirmed. */
@ApplicationException(rollback = false)
public class HostKeyNotPinnedException extends RuntimeException {

    public HostKeyNotPinnedException(String hostName) {
        super("The SSH host key of " + hostName + " is not confirmed yet: compare its fingerprint and confirm it first");
    }
}
