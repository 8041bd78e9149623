package org.psmm.host;

import org.psmm.error.PsmmException;

/** The fingerprint the admin confirmed is not the one the host presents: nothing is pinned. */
public class HostKeyNotConfirmedException extends PsmmException {

    private static final long serialVersionUID = 1L;

    public HostKeyNotConfirmedException(String hostName, String confirmed, String presented) {
        super(Kind.CONFLICT, hostName + " presents the key " + presented + ", not the confirmed " + confirmed
                + ": nothing was pinned", "fingerprint", "is not the key the host presents");
    }
}
