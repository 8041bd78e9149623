package org.psmm.core.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.jcraft.jsch.JSchException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** JSch's exceptions (as JSch 2.x words them) become messages a system administrator acts on. */
class JschErrorsTest {

    private static SshException map(JSchException e) {
        return map(e, 22);
    }

    private static SshException map(JSchException e, int port) {
        return JschErrors.connectFailure(e, "monitor", "127.0.0.11", port, Duration.ofSeconds(10));
    }

    @Test
    void authFailureTellsWhereToPutTheKey() {
        SshException e = map(new JSchException("Auth fail for methods 'publickey'"));
        assertEquals(SshErrorKind.AUTH_REFUSED, e.kind());
        assertEquals("monitor@127.0.0.11 refused our key: add PSMM's public key to ~monitor/.ssh/authorized_keys",
                e.getMessage());
        assertEquals("monitor@127.0.0.11:2222 refused our key: add PSMM's public key to ~monitor/.ssh/authorized_keys",
                map(new JSchException("Auth fail for methods 'publickey'"), 2222).getMessage());
        assertFalse(e.kind().hostDown());
    }

    @Test
    void serverWithoutPublicKeyAuthentication() {
        SshException e = map(new JSchException("Auth fail for methods 'password,keyboard-interactive'"));
        assertEquals(SshErrorKind.AUTH_REFUSED, e.kind());
        assertTrue(e.getMessage().contains("does not offer public key authentication"), e.getMessage());
    }

    @Test
    void refusedConnection() {
        ConnectException cause = new ConnectException("Connection refused");
        SshException e = map(new JSchException(cause.toString(), cause));
        assertEquals(SshErrorKind.UNREACHABLE, e.kind());
        assertEquals("127.0.0.11:22 refused the connection: is sshd running and listening on port 22?", e.getMessage());
        assertTrue(e.kind().hostDown());
    }

    @Test
    void timeouts() {
        SshException socket = map(new JSchException("timeout: socket is not established"));
        assertEquals(SshErrorKind.TIMEOUT, socket.kind());
        assertEquals("127.0.0.11:22 did not answer within 10 s", socket.getMessage());
        SocketTimeoutException read = new SocketTimeoutException("Read timed out");
        assertEquals(SshErrorKind.TIMEOUT, map(new JSchException("Session.connect: " + read, read)).kind());
        ConnectException connect = new ConnectException("Connection timed out");
        assertEquals(SshErrorKind.TIMEOUT, map(new JSchException(connect.toString(), connect)).kind());
        assertTrue(socket.kind().hostDown());
    }

    @Test
    void unknownHostNameAndNoRoute() {
        UnknownHostException unknown = new UnknownHostException("web1.example: Name or service not known");
        SshException e = JschErrors.connectFailure(new JSchException(unknown.toString(), unknown),
                "monitor", "web1.example", 22, Duration.ofSeconds(10));
        assertEquals(SshErrorKind.UNREACHABLE, e.kind());
        assertEquals("cannot resolve the host name 'web1.example': check the host's address in PSMM", e.getMessage());
        NoRouteToHostException noRoute = new NoRouteToHostException("No route to host");
        SshException route = map(new JSchException(noRoute.toString(), noRoute));
        assertEquals(SshErrorKind.UNREACHABLE, route.kind());
        assertTrue(route.getMessage().startsWith("no route to 127.0.0.11:22"), route.getMessage());
    }

    @Test
    void hostKeys() {
        // (JSch's own subclasses cannot be built outside JSch; their messages are matched too.)
        assertEquals(SshErrorKind.HOST_KEY_MISMATCH,
                map(new JSchException("HostKey has been changed: 127.0.0.11")).kind());
        assertEquals(SshErrorKind.HOST_KEY_MISMATCH, map(new JSchException("reject HostKey: 127.0.0.11")).kind());
    }

    @Test
    void negotiationAndProtocol() {
        SshException e = map(new JSchException("Algorithm negotiation fail: algorithmName=\"server_host_key\""
                + " jschProposal=\"ssh-dss\" serverProposal=\"ssh-ed25519\""));
        assertEquals(SshErrorKind.NEGOTIATION_FAILED, e.kind());
        assertTrue(e.getMessage().startsWith("127.0.0.11:22 and PSMM share no common SSH algorithm"), e.getMessage());
        SshException closed = map(new JSchException("connection is closed by foreign host"));
        assertEquals(SshErrorKind.CONNECTION_LOST, closed.kind());
        assertTrue(closed.getMessage().contains("closed the connection during the SSH handshake"));
        SshException notSsh = map(new JSchException("invalid server's version string"));
        assertEquals(SshErrorKind.PROTOCOL, notSsh.kind());
        assertTrue(notSsh.getMessage().contains("did not answer as an SSH server"));
    }

    @Test
    void channels() {
        JSchException refused = new JSchException("channel is not opened.");
        SshException e = JschErrors.channelFailure(refused, "127.0.0.11:22", true);
        assertEquals(SshErrorKind.CHANNEL_REFUSED, e.kind());
        assertTrue(e.getMessage().contains("MaxSessions"), e.getMessage());
        assertSame(refused, e.getCause());
        assertEquals(SshErrorKind.CONNECTION_LOST,
                JschErrors.channelFailure(new JSchException("session is down"), "127.0.0.11:22", true).kind());
        assertEquals(SshErrorKind.CONNECTION_LOST,
                JschErrors.channelFailure(refused, "127.0.0.11:22", false).kind());
    }

    @Test
    void durationsReadNaturally() {
        assertEquals("10 s", SshSettings.human(Duration.ofSeconds(10)));
        assertEquals("5 min", SshSettings.human(Duration.ofMinutes(5)));
        assertEquals("500 ms", SshSettings.human(Duration.ofMillis(500)));
        assertEquals("1.5 s", SshSettings.human(Duration.ofMillis(1500)));
    }
}
