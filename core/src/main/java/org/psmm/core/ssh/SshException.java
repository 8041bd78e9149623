package org.psmm.core.ssh;

import java.io.IOException;
import java.util.Objects;

/**
 * A failure talking to a monitored server. The message is written for a system administrator
 * ("127.0.0.11:22 did not answer within 10 s") and never holds a secret. It is an
 * {@link IOException} because it is one: code that streams a remote file handles both alike.
 */
public class SshException extends IOException {

    private static final long serialVersionUID = 1L;

    private final SshErrorKind kind;

    public SshException(SshErrorKind kind, String message) {
        this(kind, message, null);
    }

    public SshException(SshErrorKind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public SshErrorKind kind() {
        return kind;
    }
}
