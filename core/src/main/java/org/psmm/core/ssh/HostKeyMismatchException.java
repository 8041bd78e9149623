package org.psmm.core.ssh;

/**
 * The server presented a host key other than the pinned one: the connection was refused before
 * authenticating. Either the server was reinstalled (an administrator confirms the new key) or
 * someone is in the middle. Carries both keys so the caller can record the event.
 */
public class HostKeyMismatchException extends SshException {

    private static final long serialVersionUID = 1L;

    private final HostKeyPin expected;
    private final HostKeyPin presented;

    public HostKeyMismatchException(String endpoint, HostKeyPin expected, HostKeyPin presented) {
        super(SshErrorKind.HOST_KEY_MISMATCH, endpoint + " presented the host key " + presented
                + " but " + expected + " is pinned: connection refused. If the server was"
                + " reinstalled or its keys regenerated, confirm the new key in PSMM; otherwise"
                + " someone may be intercepting the connection.");
        this.expected = expected;
        this.presented = presented;
    }

    /** The pinned key. */
    public HostKeyPin expected() {
        return expected;
    }

    /** The key the server presented. */
    public HostKeyPin presented() {
        return presented;
    }

    public String expectedFingerprint() {
        return expected.fingerprint();
    }

    public String presentedFingerprint() {
        return presented.fingerprint();
    }
}
