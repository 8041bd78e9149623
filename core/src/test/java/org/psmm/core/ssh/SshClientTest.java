package org.psmm.core.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client against a real OpenSSH server started for these tests (see {@link TestSshd}). */
class SshClientTest {

    @TempDir
    static Path keys;
    static SshIdentity identity;
    static SshIdentity rsaIdentity;
    static SshIdentity strangerIdentity;
    static TestSshd sshd;

    @BeforeAll
    static void startServer() throws Exception {
        identity = SshIdentity.loadOrCreate(keys.resolve("psmm"));
        TestSshd.run("ssh-keygen", "-q", "-t", "rsa", "-b", "3072", "-N", "", "-C", "rsa-client",
                "-f", keys.resolve("client_rsa").toString());
        rsaIdentity = SshIdentity.load(keys.resolve("client_rsa"));
        strangerIdentity = SshIdentity.loadOrCreate(keys.resolve("stranger"));
        sshd = TestSshd.start(List.of(identity.authorizedKeysLine(), rsaIdentity.authorizedKeysLine()));
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (sshd != null) {
            sshd.close();
        }
    }

    private static SshClient client() throws IOException {
        return new SshClient(identity, SshSettings.defaults());
    }

    @Test
    void scanReturnsThePresentedKeyWithoutAuthenticating() throws Exception {
        try (SshClient ssh = client()) {
            HostKeyPin scanned = ssh.scanHostKey("127.0.0.1", sshd.port);
            assertEquals(sshd.ed25519HostKey, scanned);
            assertEquals(sshd.ed25519HostKey.fingerprint(), scanned.fingerprint());
            assertEquals(0, ssh.openSessionCount());
        }
        // The scan never reached authentication: sshd logged no login attempt for anyone.
        Thread.sleep(100);
        String log = sshd.logText();
        assertFalse(log.contains("psmm-scan"), log);
    }

    @Test
    void runsACommandAndReportsExitStatusAndStderr() throws Exception {
        try (SshClient ssh = client()) {
            CommandOutput whoami = ssh.capture(sshd.target(), RemoteCommand.of("id", "-un"), 1024);
            assertEquals(TestSshd.USER + "\n", whoami.stdoutText());
            assertEquals(0, whoami.result().exitStatus());
            assertTrue(whoami.result().succeeded());

            CommandOutput failing = ssh.capture(sshd.target(),
                    RemoteCommand.script("echo out; echo 'it broke' >&2; exit 3"), 1024);
            assertEquals("out\n", failing.stdoutText());
            assertEquals(3, failing.result().exitStatus());
            assertEquals("it broke\n", failing.result().stderr());
            SshException e = assertThrows(SshException.class, () -> failing.result().requireSuccess());
            assertEquals(SshErrorKind.COMMAND_FAILED, e.kind());
            assertTrue(e.getMessage().contains("exited with status 3: it broke"), e.getMessage());
        }
    }

    @Test
    void hostileArgumentsArriveUnchangedOverSsh() throws Exception {
        List<String> hostile = new ArrayList<>(HostileStrings.fixed());
        hostile.addAll(HostileStrings.random(42L, 200));
        List<String> arguments = new ArrayList<>(List.of("%s\\0"));
        arguments.addAll(hostile);
        try (SshClient ssh = client()) {
            CommandOutput out = ssh.capture(sshd.target(), RemoteCommand.of("printf", arguments), 1 << 20);
            assertEquals(0, out.result().exitStatus(), out.result().stderr());
            String[] printed = out.stdoutText().split("\0", -1);
            assertEquals(hostile, List.of(printed).subList(0, printed.length - 1));
        }
    }

    @Test
    void streamsLargeOutputWithoutKeepingIt() throws Exception {
        long size = 64L * 1024 * 1024;
        AtomicLong counted = new AtomicLong();
        try (SshClient ssh = client()) {
            CommandResult result = ssh.run(sshd.target(), RemoteCommand.of("head", "-c", String.valueOf(size), "/dev/zero"),
                    stdout -> {
                        byte[] buffer = new byte[65536];
                        for (int n; (n = stdout.read(buffer)) >= 0; ) {
                            counted.addAndGet(n);
                        }
                    });
            assertEquals(0, result.exitStatus());
            assertEquals(size, counted.get());
            assertEquals(size, result.stdoutBytes());

            CommandOutput bounded = ssh.capture(sshd.target(), RemoteCommand.of("head", "-c", "1000000", "/dev/zero"), 1000);
            assertEquals(1000, bounded.stdout().length);
            assertTrue(bounded.stdoutTruncated());
            assertEquals(0, bounded.result().exitStatus());
        }
    }

    @Test
    void aConsumerThatStopsEarlyStillGetsTheExitStatus() throws Exception {
        try (SshClient ssh = client()) {
            CommandResult result = ssh.run(sshd.target(), RemoteCommand.script("seq 1 100000; exit 4"),
                    stdout -> stdout.read(new byte[10]));
            assertEquals(4, result.exitStatus());
        }
    }

    @Test
    void stderrIsKeptUpToItsBound() throws Exception {
        try (SshClient ssh = new SshClient(identity, SshSettings.defaults().withStderrLimitBytes(1024))) {
            CommandResult result = ssh.run(sshd.target(),
                    RemoteCommand.script("head -c 100000 /dev/zero | tr '\\0' x >&2"), InputStream::readAllBytes);
            assertEquals(1024, result.stderr().length());
            assertEquals(100_000, result.stderrBytes());
            assertTrue(result.stderrTruncated());
        }
    }

    @Test
    void commandsNeverWaitForInput() throws Exception {
        try (SshClient ssh = client()) {
            CommandOutput out = ssh.capture(sshd.target(), RemoteCommand.of("cat"), 100, Duration.ofSeconds(5));
            assertEquals(0, out.result().exitStatus());
            assertEquals("", out.stdoutText());
        }
    }

    @Test
    void sudoRunsWithoutPasswordOrSaysWhoLacksIt() throws Exception {
        try (SshClient ssh = client()) {
            CommandOutput root = ssh.capture(sshd.target(), RemoteCommand.of("/usr/bin/id", "-u").withSudo(), 100);
            assertEquals("0\n", root.stdoutText(), root.result().stderr());

            SshException e = assertThrows(SshException.class,
                    () -> ssh.capture(sshd.target(), RemoteCommand.of("/usr/bin/whoami").withSudo(), 100));
            assertEquals(SshErrorKind.SUDO_PASSWORD_REQUIRED, e.kind());
            assertTrue(e.getMessage().startsWith("user " + TestSshd.USER + " lacks passwordless sudo for '/usr/bin/whoami'"),
                    e.getMessage());
        }
    }

    @Test
    void aChangedHostKeyIsRefusedWithBothFingerprints() throws Exception {
        HostKeyPin other = HostKeyPin.ofBlob(strangerIdentity.publicKeyBlob()); // some other ed25519 key
        try (SshClient ssh = client()) {
            HostKeyMismatchException e = assertThrows(HostKeyMismatchException.class,
                    () -> ssh.capture(sshd.target(other), RemoteCommand.of("true"), 100));
            assertEquals(SshErrorKind.HOST_KEY_MISMATCH, e.kind());
            assertEquals(other.fingerprint(), e.expectedFingerprint());
            assertEquals(sshd.ed25519HostKey.fingerprint(), e.presentedFingerprint());
            assertTrue(e.getMessage().contains(sshd.ed25519HostKey.fingerprint()), e.getMessage());
            assertEquals(0, ssh.openSessionCount());
        }
    }

    @Test
    void anRsaHostKeyPinIsHonoured() throws Exception {
        try (SshClient ssh = client()) {
            CommandOutput out = ssh.capture(sshd.target(sshd.rsaHostKey), RemoteCommand.of("true"), 100);
            assertEquals(0, out.result().exitStatus());
        }
    }

    @Test
    void anRsaClientKeyWorks() throws Exception {
        try (SshClient ssh = new SshClient(rsaIdentity, SshSettings.defaults())) {
            assertEquals(TestSshd.USER + "\n",
                    ssh.capture(sshd.target(), RemoteCommand.of("id", "-un"), 100).stdoutText());
        }
    }

    @Test
    void anUnknownKeyIsRefusedWithAHint() throws Exception {
        try (SshClient ssh = new SshClient(strangerIdentity, SshSettings.defaults())) {
            SshException e = assertThrows(SshException.class,
                    () -> ssh.capture(sshd.target(), RemoteCommand.of("true"), 100));
            assertEquals(SshErrorKind.AUTH_REFUSED, e.kind());
            assertEquals(TestSshd.USER + "@127.0.0.1:" + sshd.port + " refused our key: add PSMM's public key to ~"
                    + TestSshd.USER + "/.ssh/authorized_keys", e.getMessage());
        }
    }

    @Test
    void realJschFailuresMapAsTheirMessagesSay() throws Exception {
        // An algorithm the server lacks: JSch's own JSchAlgoNegoFailException.
        com.jcraft.jsch.JSch jsch = new com.jcraft.jsch.JSch();
        com.jcraft.jsch.Session session = jsch.getSession(TestSshd.USER, "127.0.0.1", sshd.port);
        session.setHostKeyRepository(new ScanningHostKeyRepository());
        session.setConfig("StrictHostKeyChecking", "yes");
        session.setConfig("server_host_key", "ecdsa-sha2-nistp521");
        com.jcraft.jsch.JSchException raw = assertThrows(com.jcraft.jsch.JSchException.class, () -> session.connect(5000));
        assertTrue(raw instanceof com.jcraft.jsch.JSchAlgoNegoFailException, raw.toString());
        SshException e = JschErrors.connectFailure(raw, TestSshd.USER, "127.0.0.1", sshd.port, Duration.ofSeconds(5));
        assertEquals(SshErrorKind.NEGOTIATION_FAILED, e.kind(), e.getMessage());

        // An unknown host key with strict checking: JSchUnknownHostKeyException.
        com.jcraft.jsch.Session strict = jsch.getSession(TestSshd.USER, "127.0.0.1", sshd.port);
        strict.setHostKeyRepository(new ScanningHostKeyRepository());
        strict.setConfig("StrictHostKeyChecking", "yes");
        com.jcraft.jsch.JSchException unknown = assertThrows(com.jcraft.jsch.JSchException.class, () -> strict.connect(5000));
        assertTrue(unknown instanceof com.jcraft.jsch.JSchUnknownHostKeyException, unknown.toString());
        assertEquals(SshErrorKind.HOST_KEY_MISMATCH, JschErrors.connectFailure(unknown, TestSshd.USER, "127.0.0.1",
                sshd.port, Duration.ofSeconds(5)).kind());

        // A changed key: JSchChangedHostKeyException.
        com.jcraft.jsch.Session changed = jsch.getSession(TestSshd.USER, "127.0.0.1", sshd.port);
        changed.setHostKeyRepository(new PinnedHostKeyRepository(sshd.target().knownHostsName(),
                HostKeyPin.ofBlob(strangerIdentity.publicKeyBlob())));
        changed.setConfig("StrictHostKeyChecking", "yes");
        com.jcraft.jsch.JSchException change = assertThrows(com.jcraft.jsch.JSchException.class, () -> changed.connect(5000));
        assertTrue(change instanceof com.jcraft.jsch.JSchChangedHostKeyException, change.toString());
        assertEquals(SshErrorKind.HOST_KEY_MISMATCH, JschErrors.connectFailure(change, TestSshd.USER, "127.0.0.1",
                sshd.port, Duration.ofSeconds(5)).kind());
    }

    @Test
    void aClosedPortIsUnreachable() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = socket.getLocalPort();
        }
        try (SshClient ssh = client()) {
            SshException e = assertThrows(SshException.class,
                    () -> ssh.capture(new SshTarget("127.0.0.1", port, "monitor", sshd.ed25519HostKey),
                            RemoteCommand.of("true"), 100));
            assertEquals(SshErrorKind.UNREACHABLE, e.kind());
            assertTrue(e.kind().hostDown());
            assertEquals("127.0.0.1:" + port + " refused the connection: is sshd running and listening on port "
                    + port + "?", e.getMessage());
            SshException scan = assertThrows(SshException.class, () -> ssh.scanHostKey("127.0.0.1", port));
            assertEquals(SshErrorKind.UNREACHABLE, scan.kind());
        }
    }

    @Test
    void aSilentServerTimesOut() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getByName("127.0.0.1"));
                SshClient ssh = new SshClient(identity, SshSettings.defaults().withConnectTimeout(Duration.ofSeconds(1)))) {
            List<Socket> accepted = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(silent.accept()); // accept, never answer
                    }
                } catch (IOException closed) {
                    // test over
                }
            });
            acceptor.start();
            long t0 = System.nanoTime();
            SshException e = assertThrows(SshException.class,
                    () -> ssh.capture(new SshTarget("127.0.0.1", silent.getLocalPort(), "monitor", sshd.ed25519HostKey),
                            RemoteCommand.of("true"), 100));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(SshErrorKind.TIMEOUT, e.kind(), e.getMessage());
            assertEquals("127.0.0.1:" + silent.getLocalPort() + " did not answer within 1 s", e.getMessage());
            assertTrue(ms < 5000, "took " + ms + " ms");
            silent.close();
            for (Socket s : accepted) {
                s.close();
            }
        }
    }

    @Test
    void aLongCommandIsStoppedAtItsTimeout() throws Exception {
        try (SshClient ssh = new SshClient(identity, SshSettings.defaults().withCommandTimeout(Duration.ofSeconds(1)))) {
            long t0 = System.nanoTime();
            SshException e = assertThrows(SshException.class,
                    () -> ssh.capture(sshd.target(), RemoteCommand.of("sleep", "30"), 100));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(SshErrorKind.COMMAND_TIMEOUT, e.kind());
            assertEquals("'sleep 30' on " + sshd.target() + " did not finish within 1 s and was stopped", e.getMessage());
            assertTrue(ms < 4000, "took " + ms + " ms");

            // A streaming reader is stopped too, mid-stream.
            SshException streaming = assertThrows(SshException.class, () -> ssh.run(sshd.target(),
                    RemoteCommand.script("while :; do echo tick; sleep 0.1; done"), InputStream::readAllBytes));
            assertEquals(SshErrorKind.COMMAND_TIMEOUT, streaming.kind());

            // The session and its channel slots survive.
            for (int i = 0; i < 12; i++) {
                assertEquals(0, ssh.capture(sshd.target(), RemoteCommand.of("true"), 10).result().exitStatus());
            }
            assertEquals(1, ssh.openSessionCount());
        }
    }

    @Test
    void manyThreadsShareOneSession() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(30);
        try (SshClient ssh = client()) {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 90; i++) {
                String word = "w" + i;
                results.add(threads.submit(() -> ssh.capture(sshd.target(),
                        RemoteCommand.script("sleep 0.05; printf %s \"$1\"", word), 100).stdoutText()));
            }
            for (int i = 0; i < results.size(); i++) {
                assertEquals("w" + i, results.get(i).get());
            }
            assertEquals(1, ssh.openSessionCount());
        } finally {
            threads.shutdownNow();
        }
        assertEquals(0, sshd.connectionCount(), "the client's close() closes its connections");
    }

    @Test
    void aDeadSessionIsReopenedTransparently() throws Exception {
        try (SshClient ssh = client()) {
            assertEquals(0, ssh.capture(sshd.target(), RemoteCommand.of("true"), 10).result().exitStatus());
            sshd.dropConnections();
            assertEquals(TestSshd.USER + "\n", ssh.capture(sshd.target(), RemoteCommand.of("id", "-un"), 100).stdoutText());
            assertEquals(1, ssh.openSessionCount());
        }
    }

    @Test
    void aConnectionLostMidCommandIsReportedAsSuch() throws Exception {
        try (SshClient ssh = client()) {
            SshException e = assertThrows(SshException.class, () -> ssh.run(sshd.target(),
                    RemoteCommand.script("echo started; sleep 30"), stdout -> {
                        assertEquals('s', stdout.read());
                        try {
                            sshd.dropConnections();
                        } catch (InterruptedException interrupted) {
                            throw new IOException(interrupted);
                        }
                        stdout.readAllBytes();
                    }));
            assertEquals(SshErrorKind.CONNECTION_LOST, e.kind(), e.getMessage());
            assertTrue(e.kind().hostDown());
        }
    }

    @Test
    void idleSessionsAreClosed() throws Exception {
        MutableClock clock = new MutableClock();
        try (SshClient ssh = new SshClient(identity, SshSettings.defaults(), null, clock)) {
            ssh.capture(sshd.target(), RemoteCommand.of("true"), 10);
            assertEquals(1, ssh.openSessionCount());
            clock.advance(Duration.ofMinutes(4));
            assertEquals(0, ssh.closeIdleSessions());
            clock.advance(Duration.ofMinutes(2));
            assertEquals(1, ssh.closeIdleSessions());
            assertEquals(0, ssh.openSessionCount());
            assertEquals(0, ssh.capture(sshd.target(), RemoteCommand.of("true"), 10).result().exitStatus());
            assertEquals(1, ssh.openSessionCount());
        }
    }
    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-23T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
