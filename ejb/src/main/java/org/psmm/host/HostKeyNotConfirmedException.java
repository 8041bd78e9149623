package org.psmm.host;

import jakarta.ejb.ApplicationException;

/** The fingerprint the admin confirmed is not the one the host presents: nothing is pinned. */
@ApplicationException(rollback = true)
public class HostKeyNotConfirmedException extends RuntimeException {

    public HostKeyNotConfirmedException(String hostName, String confirmed, String presented) {
        super(hostName + " presents the key " + presented + ", not the confirmed " + confirmed
                + ": nothing was pinned");
    }
}
