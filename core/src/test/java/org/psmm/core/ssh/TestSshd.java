package org.psmm.core.ssh;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real, throwaway OpenSSH server on 127.0.0.1 and a free port, for tests: its own host keys
 * (ed25519 and RSA), its own config, one account ({@value #USER}, key only, passwordless sudo for
 * {@code /usr/bin/id} only). Needs root (it starts sshd and creates that account) and the Debian
 * packages openssh-server and sudo: {@code core/src/test/sshd/install-test-deps.sh} installs them.
 * Without them the tests fail, they never skip.
 */
final class TestSshd implements AutoCloseable {

    static final String USER = "psmm-sshtest";
    static final Path SSHD = Path.of("/usr/sbin/sshd");
    private static final String INSTALL_HINT =
            "install the test dependencies: sudo core/src/test/sshd/install-test-deps.sh"
                    + " (Debian packages openssh-server, openssh-client and sudo)";

    final Path dir;
    final int port;
    final Path log;
    final HostKeyPin ed25519HostKey;
    final HostKeyPin rsaHostKey;
    private final Process process;

    private TestSshd(Path dir, int port, Path log, Process process, HostKeyPin ed25519, HostKeyPin rsa) {
        this.dir = dir;
        this.port = port;
        this.log = log;
        this.process = process;
        this.ed25519HostKey = ed25519;
        this.rsaHostKey = rsa;
    }

    /** Starts sshd trusting the given authorized_keys lines for {@value #USER}. */
    static TestSshd start(List<String> authorizedKeys) throws Exception {
        if (!Files.isExecutable(SSHD)) {
            fail("sshd not found at " + SSHD + ": " + INSTALL_HINT);
        }
        if (!Files.isExecutable(Path.of("/usr/bin/sudo")) || !Files.isExecutable(Path.of("/usr/bin/ssh-keygen"))) {
            fail("sudo or ssh-keygen missing: " + INSTALL_HINT);
        }
        if (!run("id", "-u").strip().equals("0")) {
            fail("the sshd tests start sshd and create the account " + USER + ": run them as root");
        }
        ensureUser();
        Path dir = Files.createTempDirectory("psmm-sshd");
        // sshd reads authorized_keys as the user: the directory must let it in.
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "test-host", "-f", dir.resolve("host_ed25519").toString());
        run("ssh-keygen", "-q", "-t", "rsa", "-b", "2048", "-N", "", "-C", "test-host", "-f", dir.resolve("host_rsa").toString());
        Path authorized = dir.resolve("authorized_keys");
        Files.writeString(authorized, String.join("\n", authorizedKeys) + "\n");
        Files.setPosixFilePermissions(authorized, PosixFilePermissions.fromString("rw-r--r--"));
        Files.createDirectories(Path.of("/run/sshd")); // privilege separation directory

        for (int attempt = 1; ; attempt++) {
            int port = freePort();
            Path config = dir.resolve("sshd_config");
            Files.writeString(config, String.join("\n",
                    "Port " + port,
                    "ListenAddress 127.0.0.1",
                    "HostKey " + dir.resolve("host_ed25519"),
                    "HostKey " + dir.resolve("host_rsa"),
                    "PidFile none",
                    "AuthorizedKeysFile " + authorized,
                    "StrictModes no",
                    "UsePAM no",
                    "PubkeyAuthentication yes",
                    "PasswordAuthentication no",
                    "KbdInteractiveAuthentication no",
                    "PermitRootLogin no",
                    "AllowUsers " + USER,
                    "MaxSessions 10",
                    "MaxStartups 100",
                    "LogLevel VERBOSE",
                    "") );
            Path log = dir.resolve("sshd.log");
            Process process = new ProcessBuilder(SSHD.toString(), "-D", "-e", "-f", config.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (waitForPort(port, process)) {
                return new TestSshd(dir, port, log, process,
                        HostKeyPin.parse(Files.readString(dir.resolve("host_ed25519.pub"))),
                        HostKeyPin.parse(Files.readString(dir.resolve("host_rsa.pub"))));
            }
            process.destroyForcibly().waitFor();
            if (attempt == 3) {
                fail("sshd did not start: " + Files.readString(log));
            }
        }
    }

    SshTarget target() {
        return new SshTarget("127.0.0.1", port, USER, ed25519HostKey);
    }

    SshTarget target(HostKeyPin pin) {
        return new SshTarget("127.0.0.1", port, USER, pin);
    }

    /** Cuts every open connection (kills the per-connection sshd processes), as a server restart would. */
    void dropConnections() throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();
        children.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle child : children) {
            child.onExit().join();
        }
        Thread.sleep(100);
    }

    /** Connections sshd still serves (one child process each), after letting closes settle. */
    long connectionCount() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        long count;
        while ((count = process.children().count()) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return count;
    }

    String logText() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws Exception {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static void ensureUser() throws Exception {
        Process id = new ProcessBuilder("id", "-u", USER).redirectErrorStream(true).start();
        id.getInputStream().readAllBytes();
        if (id.waitFor() != 0) {
            run("useradd", "--create-home", "--shell", "/bin/sh", USER);
        }
        // '*' = no password but not locked: sshd without PAM refuses locked ('!') accounts.
        run("usermod", "-p", "*", USER);
        Path sudoers = Path.of("/etc/sudoers.d/" + USER);
        String rule = USER + " ALL=(root) NOPASSWD: /usr/bin/id\n";
        if (!Files.exists(sudoers) || !Files.readString(sudoers).equals(rule)) {
            Path temporary = Files.createTempFile("psmm-sudoers", ".tmp");
            Files.writeString(temporary, rule);
            run("visudo", "-c", "-q", "-f", temporary.toString());
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("r--r-----"));
            Files.move(temporary, sudoers, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    private static boolean waitForPort(int port, Process process) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                return false;
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return true;
            } catch (IOException notYet) {
                Thread.sleep(20);
            }
        }
        return false;
    }

    static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            fail(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }
}
