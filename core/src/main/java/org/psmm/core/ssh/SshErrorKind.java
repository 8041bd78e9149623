package org.psmm.core.ssh;

/** What went wrong talking to a server, in terms a system administrator acts on. */
public enum SshErrorKind {
    /** Connection refused, no route, or the name does not resolve: sshd is not reachable. */
    UNREACHABLE(true),
    /** The server did not answer within the connect timeout. */
    TIMEOUT(true),
    /** The connection dropped (before the handshake completed, or while a command ran). */
    CONNECTION_LOST(true),
    /** The server does not accept PSMM's key for the account. */
    AUTH_REFUSED(false),
    /** The server presented a host key other than the pinned one. */
    HOST_KEY_MISMATCH(false),
    /** Client and server share no key exchange, cipher, MAC or host key algorithm. */
    NEGOTIATION_FAILED(false),
    /** The server refused to open a channel (sshd MaxSessions, or a session-level restriction). */
    CHANNEL_REFUSED(false),
    /** Every channel PSMM allows itself on that host stayed busy for the whole wait. */
    BUSY(false),
    /** A command ran longer than its timeout and was stopped. */
    COMMAND_TIMEOUT(false),
    /** {@code sudo -n} refused: the account has no passwordless sudo for that command. */
    SUDO_PASSWORD_REQUIRED(false),
    /** A command ended with a non-zero exit status where success was required. */
    COMMAND_FAILED(false),
    /** Anything else the SSH library reported. */
    PROTOCOL(false);

    private final boolean hostDown;

    SshErrorKind(boolean hostDown) {
        this.hostDown = hostDown;
    }

    /**
     * Whether this failure means the host (or its sshd) did not answer: what the metrics poller
     * counts towards "down". Every other kind means the host answered but something is
     * misconfigured.
     */
    public boolean hostDown() {
        return hostDown;
    }
}
