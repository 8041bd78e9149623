package org.psmm.core.ssh;

import com.jcraft.jsch.ChannelExec;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * PSMM's one SSH client. Authenticates with PSMM's key only, accepts a server only if it
 * presents the pinned host key, keeps one session per target open for reuse (closed after the
 * idle timeout), and runs commands with their stdout streamed. Thread safe: share one instance.
 *
 * <pre>{@code
 * SshIdentity identity = SshIdentity.loadOrCreate(Path.of("/var/lib/psmm/ssh"));
 * try (SshClient ssh = new SshClient(identity, SshSettings.defaults())) {
 *     HostKeyPin scanned = ssh.scanHostKey("127.0.0.11", 22);   // shown to the admin, who confirms
 *     SshTarget web1 = new SshTarget("127.0.0.11", 22, "monitor", scanned);
 *     CommandOutput up = ssh.capture(web1, RemoteCommand.of("cat", "/proc/loadavg"), 4096);
 *     ssh.run(web1, RemoteCommand.of("tail", "-c", "+1", "/var/log/auth.log").withSudo(),
 *             stdout -> parser.parse(stdout)).requireSuccess();
 * }
 * }</pre>
 */
public final class SshClient implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(SshClient.class.getName());

    /** Plain host key algorithms only: a certificate would need a CA PSMM does not pin. */
    private static final String HOST_KEY_ALGORITHMS = Arrays.stream(
                    JSch.getConfig("server_host_key").split(","))
            .filter(a -> !a.contains("-cert-"))
            .collect(Collectors.joining(","));

    private final JSch jsch;
    private final SshSettings settings;
    private final Clock clock;
    private final ThreadFactory threadFactory;
    private final ScheduledThreadPoolExecutor scheduler;
    private final Map<SshTarget, HostSessions> pool = new ConcurrentHashMap<>();
    private volatile boolean closed;

    /** A client with daemon threads of its own and the system clock. */
    public SshClient(SshIdentity identity, SshSettings settings) throws IOException {
        this(identity, settings, null, Clock.systemUTC());
    }

    /**
     * @param threadFactory makes the client's threads (JSch's one per session, one timer); in a
     *     Jakarta EE server pass a ManagedThreadFactory. Null for plain daemon threads.
     * @param clock decides when a session has been idle long enough
     */
    public SshClient(SshIdentity identity, SshSettings settings, ThreadFactory threadFactory, Clock clock)
            throws IOException {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.threadFactory = threadFactory != null ? threadFactory : daemonThreads();
        this.jsch = new JSch();
        jsch.setInstanceLogger(new JschLogBridge());
        identity.addTo(jsch);
        this.scheduler = new ScheduledThreadPoolExecutor(1, this.threadFactory);
        scheduler.setRemoveOnCancelPolicy(true);
        long sweep = Math.max(1000, Math.min(settings.idleTimeout().toMillis() / 4, 30_000));
        scheduler.scheduleWithFixedDelay(this::sweepIdle, sweep, sweep, TimeUnit.MILLISECONDS);
    }

    public SshSettings settings() {
        return settings;
    }

    /**
     * Connects to {@code host:port} and returns the host key it presents, without authenticating
     * and without trusting it: the repository JSch consults knows no key, so with strict checking
     * JSch drops the connection right after the key exchange. The administrator compares the
     * fingerprint before the key is pinned.
     */
    public HostKeyPin scanHostKey(String host, int port) throws SshException {
        ensureOpen();
        ScanningHostKeyRepository repository = new ScanningHostKeyRepository();
        Session session = null;
        try {
            session = jsch.getSession("psmm-scan", host, port);
            configure(session, repository);
            session.connect((int) settings.connectTimeout().toMillis());
            throw new SshException(SshErrorKind.PROTOCOL, host + ":" + port
                    + " was connected to although no host key is trusted: refusing");
        } catch (JSchException e) {
            byte[] presented = repository.presented();
            if (presented != null) {
                return HostKeyPin.ofBlob(presented);
            }
            throw JschErrors.connectFailure(e, "psmm-scan", host, port, settings.connectTimeout());
        } finally {
            if (session != null) {
                session.disconnect();
            }
        }
    }

    /**
     * Runs a command, handing its stdout to {@code stdout} as it arrives, within the default
     * command timeout. See {@link #run(SshTarget, RemoteCommand, StdoutConsumer, Duration)}.
     */
    public CommandResult run(SshTarget target, RemoteCommand command, StdoutConsumer stdout)
            throws SshException, IOException {
        return run(target, command, stdout, settings.commandTimeout());
    }

    /**
     * Runs a command, handing its stdout to {@code stdout} as it arrives. Whatever the consumer
     * leaves unread is read and dropped, then the exit status is returned (a non-zero status is
     * not an exception: see {@link CommandResult#requireSuccess()}). If the consumer throws, the
     * command is stopped and the exception propagates.
     *
     * @throws SshException if the command could not run or finish (see {@link SshErrorKind})
     * @throws IOException what the consumer threw
     */
    public CommandResult run(SshTarget target, RemoteCommand command, StdoutConsumer stdout, Duration timeout)
            throws SshException, IOException {
        try (RemoteProcess process = start(target, command, timeout)) {
            stdout.accept(process.stdout());
            return process.waitFor();
        }
    }

    /**
     * Runs a small command and keeps its stdout in memory up to {@code maxStdoutBytes}; the rest
     * is read and dropped ({@link CommandOutput#stdoutTruncated()} tells).
     */
    public CommandOutput capture(SshTarget target, RemoteCommand command, int maxStdoutBytes)
            throws SshException {
        return capture(target, command, maxStdoutBytes, settings.commandTimeout());
    }

    /** As {@link #capture(SshTarget, RemoteCommand, int)} with a timeout of its own. */
    public CommandOutput capture(SshTarget target, RemoteCommand command, int maxStdoutBytes, Duration timeout)
            throws SshException {
        BoundedSink kept = new BoundedSink(maxStdoutBytes);
        try (RemoteProcess process = start(target, command, timeout)) {
            try {
                process.stdout().transferTo(kept);
            } catch (SshException e) {
                throw e;
            } catch (IOException e) {
                throw new SshException(SshErrorKind.PROTOCOL, "reading the output of '" + command.summary()
                        + "' on " + target + " failed: " + e.getMessage(), e);
            }
            return new CommandOutput(process.waitFor(), kept.bytes(), kept.truncated());
        }
    }

    /** {@link #start(SshTarget, RemoteCommand, Duration)} with the default command timeout. */
    public RemoteProcess start(SshTarget target, RemoteCommand command) throws SshException {
        return start(target, command, settings.commandTimeout());
    }

    /**
     * Starts a command and returns at once: read its stdout at your pace (a batch reader holds it
     * across chunks), then {@link RemoteProcess#waitFor()}, and close it in every case. The
     * command is stopped if it is still running after {@code timeout}.
     */
    public RemoteProcess start(SshTarget target, RemoteCommand command, Duration timeout) throws SshException {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(command, "command");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        ensureOpen();
        long startNanos = System.nanoTime();
        HostSessions host = enter(target, timeout);
        boolean started = false;
        try {
            RemoteProcess process = open(host, target, command, timeout, startNanos);
            started = true;
            return process;
        } finally {
            if (!started) {
                host.leave();
            }
        }
    }

    private HostSessions enter(SshTarget target, Duration wait) throws SshException {
        while (true) {
            HostSessions host = pool.computeIfAbsent(target,
                    t -> new HostSessions(t, settings.maxChannelsPerSession(), clock));
            if (host.enter(wait)) {
                if (closed) {
                    host.leave();
                    ensureOpen();
                }
                return host;
            }
            pool.remove(target, host); // retired while we waited: take the new entry
        }
    }

    private RemoteProcess open(HostSessions host, SshTarget target, RemoteCommand command, Duration timeout,
            long startNanos) throws SshException {
        boolean reconnected = false;
        long refusedUntil = 0;
        long pause = 5;
        while (true) {
            HostSessions.Lease lease = host.session(this::connect);
            Session session = lease.session();
            BoundedSink stderr = new BoundedSink(settings.stderrLimitBytes());
            ChannelExec channel = null;
            try {
                channel = (ChannelExec) session.openChannel("exec");
                channel.setCommand(command.commandLine().getBytes(StandardCharsets.UTF_8));
                channel.setErrStream(stderr, true);
                InputStream stdout = channel.getInputStream();
                // With a timeout JSch also waits for the exec request's reply, polling every
                // 10 ms (about 10 ms per command): the price of a bounded open and of knowing
                // that the server accepted the command.
                channel.connect((int) settings.connectTimeout().toMillis());
                try (java.io.OutputStream stdin = channel.getOutputStream()) {
                    byte[] data = command.stdin();
                    if (data.length > 0) {
                        stdin.write(data);
                        stdin.flush();
                    }
                } // EOF on the command's stdin: it never waits for more input
                LOG.log(System.Logger.Level.DEBUG, "running ''{0}'' on {1}", command.summary(), target);
                return new RemoteProcess(target, command, host, session, channel, stdout, stderr, timeout,
                        startNanos, scheduler);
            } catch (JSchException | IOException e) {
                if (channel != null) {
                    channel.disconnect();
                }
                boolean alive = session.isConnected();
                if (!alive || (!lease.fresh() && host.active() == 1 && !reconnected)) {
                    // A reused session may have died unnoticed (server restarted, connection
                    // cut): the command has not started, so reconnecting once is safe.
                    if (!reconnected && !lease.fresh()) {
                        LOG.log(System.Logger.Level.INFO, "session to {0} is unusable ({1}); reconnecting",
                                target, e.getMessage());
                        host.discard(session);
                        reconnected = true;
                        continue;
                    }
                    host.discard(session);
                    throw new SshException(SshErrorKind.CONNECTION_LOST,
                            "the connection to " + target.endpoint() + " was lost", e);
                }
                // The session is alive and shared: sshd refused this channel. It frees a closed
                // channel's slot a moment after the close, so a refusal right after another
                // command ended is usually over in milliseconds: retry for up to the connect timeout.
                long now = System.nanoTime();
                if (refusedUntil == 0) {
                    refusedUntil = now + Math.min(settings.connectTimeout().toNanos(), timeout.toNanos());
                }
                if (now - refusedUntil >= 0) {
                    throw e instanceof JSchException
                            ? JschErrors.channelFailure((JSchException) e, target.endpoint(), true)
                            : new SshException(SshErrorKind.CHANNEL_REFUSED,
                                    target.endpoint() + " refused to open a channel: " + e.getMessage(), e);
                }
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new SshException(SshErrorKind.BUSY, "interrupted while opening a channel to "
                            + target.endpoint(), interrupted);
                }
                pause = Math.min(pause * 2, 200);
            }
        }
    }

    private Session connect(SshTarget target) throws SshException {
        PinnedHostKeyRepository repository = new PinnedHostKeyRepository(target.knownHostsName(), target.hostKey());
        Session session;
        try {
            session = jsch.getSession(target.user(), target.host(), target.port());
        } catch (JSchException e) {
            throw JschErrors.connectFailure(e, target.user(), target.host(), target.port(),
                    settings.connectTimeout());
        }
        try {
            configure(session, repository);
            session.setServerAliveInterval((int) settings.keepAliveInterval().toMillis());
            session.setServerAliveCountMax(3);
            long t0 = System.nanoTime();
            session.connect((int) settings.connectTimeout().toMillis());
            LOG.log(System.Logger.Level.DEBUG, "connected to {0} in {1} ms", target,
                    (System.nanoTime() - t0) / 1_000_000);
            return session;
        } catch (JSchException e) {
            session.disconnect();
            HostKeyPin presented = repository.presentedMismatch();
            if (presented != null) {
                LOG.log(System.Logger.Level.WARNING, "{0} presented host key {1}, pinned is {2}: refused",
                        target.endpoint(), presented, target.hostKey());
                throw new HostKeyMismatchException(target.endpoint(), target.hostKey(), presented);
            }
            throw JschErrors.connectFailure(e, target.user(), target.host(), target.port(),
                    settings.connectTimeout());
        }
    }

    private void configure(Session session, com.jcraft.jsch.HostKeyRepository repository) throws JSchException {
        session.setHostKeyRepository(repository);
        // Checking is never off: unknown and changed keys are refused, nothing is learned.
        session.setConfig("StrictHostKeyChecking", "yes");
        session.setConfig("HashKnownHosts", "no");
        session.setConfig("PreferredAuthentications", "publickey");
        session.setConfig("server_host_key", HOST_KEY_ALGORITHMS);
        session.setConfig("prefer_known_host_key_types", "yes");
        session.setDaemonThread(true);
        session.setThreadFactory(threadFactory);
    }

    /**
     * Closes the sessions unused for the idle timeout; runs on its own every few seconds.
     *
     * @return how many were closed
     */
    public int closeIdleSessions() {
        int closedCount = 0;
        for (Map.Entry<SshTarget, HostSessions> entry : pool.entrySet()) {
            HostSessions host = entry.getValue();
            boolean wasConnected = host.connected();
            if (host.retireIfIdle(settings.idleTimeout())) {
                pool.remove(entry.getKey(), host);
                if (wasConnected) {
                    closedCount++;
                    LOG.log(System.Logger.Level.DEBUG, "closed idle session to {0}", entry.getKey());
                }
            }
        }
        return closedCount;
    }

    private void sweepIdle() {
        try {
            closeIdleSessions();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "closing idle SSH sessions failed", e);
        }
    }

    /** Number of SSH sessions open now (one per target in use). */
    public int openSessionCount() {
        return (int) pool.values().stream().filter(HostSessions::connected).count();
    }

    /** Closes every session (stopping what runs on them) and the client's timer. */
    @Override
    public void close() {
        closed = true;
        scheduler.shutdownNow();
        pool.values().forEach(HostSessions::retire);
        pool.clear();
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("this SSH client is closed");
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory base = Executors.defaultThreadFactory();
        return runnable -> {
            Thread thread = base.newThread(runnable);
            thread.setName("psmm-ssh-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
