package org.psmm.core.ssh;

import com.jcraft.jsch.JSchAlgoNegoFailException;
import com.jcraft.jsch.JSchChangedHostKeyException;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.JSchUnknownHostKeyException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;

/**
 * Turns JSch's exceptions, whose messages are written for JSch's authors ("Auth fail",
 * "socket is not established"), into {@link SshException}s a system administrator can act on.
 */
final class JschErrors {

    private JschErrors() {
    }

    /**
     * Maps a failure of connecting (TCP, handshake, authentication) to {@code host:port} as
     * {@code user}.
     */
    static SshException connectFailure(JSchException e, String user, String host, int port,
            Duration connectTimeout) {
        String endpoint = host + ":" + port;
        String message = String.valueOf(e.getMessage());
        String lower = message.toLowerCase(Locale.ROOT);
        Throwable cause = rootCause(e);

        if (cause instanceof UnknownHostException) {
            return new SshException(SshErrorKind.UNREACHABLE,
                    "cannot resolve the host name '" + host + "': check the host's address in PSMM", e);
        }
        if (cause instanceof ConnectException && !(cause instanceof NoRouteToHostException)) {
            String why = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (why.contains("timed out")) {
                return timeout(endpoint, connectTimeout, e);
            }
            return new SshException(SshErrorKind.UNREACHABLE, endpoint
                    + " refused the connection: is sshd running and listening on port " + port + "?", e);
        }
        if (cause instanceof NoRouteToHostException || lower.contains("no route to host")
                || lower.contains("network is unreachable")) {
            return new SshException(SshErrorKind.UNREACHABLE,
                    "no route to " + endpoint + ": the host is down or the network path is broken", e);
        }
        if (cause instanceof SocketTimeoutException || cause instanceof InterruptedIOException
                || lower.contains("timeout") || lower.contains("timed out")
                || lower.contains("socket is not established")) {
            return timeout(endpoint, connectTimeout, e);
        }
        if (lower.startsWith("auth fail") || lower.startsWith("auth cancel")) {
            if (message.contains("publickey")) {
                return new SshException(SshErrorKind.AUTH_REFUSED, user + "@" + host
                        + (port == 22 ? "" : ":" + port) + " refused our key: add PSMM's public key to ~"
                        + user + "/.ssh/authorized_keys", e);
            }
            return new SshException(SshErrorKind.AUTH_REFUSED, endpoint
                    + " does not offer public key authentication for " + user
                    + ": set 'PubkeyAuthentication yes' in its sshd_config", e);
        }
        if (e instanceof JSchChangedHostKeyException || lower.startsWith("hostkey has been changed")) {
            // Normally caught earlier with both keys (see PinnedHostKeyRepository).
            return new SshException(SshErrorKind.HOST_KEY_MISMATCH,
                    endpoint + " presented a host key other than the pinned one: connection refused", e);
        }
        if (e instanceof JSchUnknownHostKeyException || lower.startsWith("reject hostkey")) {
            return new SshException(SshErrorKind.HOST_KEY_MISMATCH,
                    endpoint + " presented a host key that is not pinned for it: connection refused", e);
        }
        if (e instanceof JSchAlgoNegoFailException || lower.startsWith("algorithm negotiation fail")) {
            return new SshException(SshErrorKind.NEGOTIATION_FAILED, endpoint
                    + " and PSMM share no common SSH algorithm (" + message
                    + "): the server's sshd is too old or restricted", e);
        }
        if (lower.contains("connection is closed by foreign host") || lower.contains("end of io stream")
                || lower.contains("connection reset") || lower.contains("broken pipe")) {
            return new SshException(SshErrorKind.CONNECTION_LOST, endpoint
                    + " closed the connection during the SSH handshake (sshd MaxStartups, a firewall,"
                    + " or not an SSH server on that port?)", e);
        }
        if (lower.contains("invalid server's version string") || lower.contains("invalid protocol")) {
            return new SshException(SshErrorKind.PROTOCOL,
                    endpoint + " did not answer as an SSH server (" + message + ")", e);
        }
        return new SshException(SshErrorKind.PROTOCOL, "SSH to " + endpoint + " failed: " + message, e);
    }

    /** Maps a failure to open a channel on an established session. */
    static SshException channelFailure(JSchException e, String endpoint, boolean sessionAlive) {
        String message = String.valueOf(e.getMessage());
        if (!sessionAlive || message.toLowerCase(Locale.ROOT).contains("session is down")) {
            return new SshException(SshErrorKind.CONNECTION_LOST,
                    "the connection to " + endpoint + " was lost", e);
        }
        return new SshException(SshErrorKind.CHANNEL_REFUSED, endpoint
                + " refused to open a channel (" + message + "): too many sessions at once?"
                + " Check MaxSessions in its sshd_config against PSMM's channels per session", e);
    }

    static SshException timeout(String endpoint, Duration connectTimeout, Throwable cause) {
        return new SshException(SshErrorKind.TIMEOUT,
                endpoint + " did not answer within " + SshSettings.human(connectTimeout), cause);
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
