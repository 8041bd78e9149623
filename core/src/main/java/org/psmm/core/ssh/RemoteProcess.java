package org.psmm.core.ssh;

import com.jcraft.jsch.ChannelExec;
import com.jcraft.jsch.Session;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A command running on a monitored server: read its {@link #stdout()} as it arrives, then
 * {@link #waitFor()} its exit status; or {@link #close()} it to stop early. Always close it
 * (try-with-resources): that frees its channel slot. Stopped by the client when its timeout passes.
 * For one reader thread at a time; {@link #close()} may come from any thread.
 */
public final class RemoteProcess implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(RemoteProcess.class.getName());

    private final SshTarget target;
    private final RemoteCommand command;
    private final HostSessions host;
    private final Session session;
    private final ChannelExec channel;
    private final BoundedSink stderr;
    private final Duration timeout;
    private final long startNanos;
    private final long deadlineNanos;
    private final InputStream stdout;
    private final AtomicBoolean timedOut = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final ScheduledFuture<?> watchdog;
    private long stdoutBytes;

    RemoteProcess(SshTarget target, RemoteCommand command, HostSessions host, Session session,
            ChannelExec channel, InputStream channelStdout, BoundedSink stderr, Duration timeout,
            long startNanos, ScheduledExecutorService scheduler) {
        this.target = target;
        this.command = command;
        this.host = host;
        this.session = session;
        this.channel = channel;
        this.stderr = stderr;
        this.timeout = timeout;
        this.startNanos = startNanos;
        this.deadlineNanos = startNanos + timeout.toNanos();
        this.stdout = new Stdout(channelStdout);
        this.watchdog = scheduler.schedule(this::stopForTimeout,
                Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
    }

    public SshTarget target() {
        return target;
    }

    public RemoteCommand command() {
        return command;
    }

    /**
     * The command's stdout, streamed. A read fails with an {@link SshException} if the command
     * timed out or the connection dropped, so a cut stream is never mistaken for the end.
     */
    public InputStream stdout() {
        return stdout;
    }

    /**
     * Reads and drops whatever stdout is left, waits for the command to end, and returns how it
     * ended. Frees the channel.
     *
     * @throws SshException COMMAND_TIMEOUT, CONNECTION_LOST, or SUDO_PASSWORD_REQUIRED when a
     *     {@code sudo -n} command was refused for want of a NOPASSWD rule
     */
    public CommandResult waitFor() throws SshException {
        try {
            byte[] sink = new byte[8192];
            try {
                while (stdout.read(sink) >= 0) {
                    // drained: the exit status comes after the end of stdout
                }
            } catch (SshException e) {
                throw e;
            } catch (IOException e) {
                throw failure(e);
            }
            // The exit status arrives just before the channel closes, shortly after stdout's end.
            long pause = 1;
            while (!channel.isClosed()) {
                if (timedOut.get() || System.nanoTime() - deadlineNanos > 0) {
                    stopForTimeout();
                    throw timeoutException();
                }
                if (!session.isConnected()) {
                    throw lost(null);
                }
                sleep(pause);
                pause = Math.min(pause * 2, 10);
            }
            if (timedOut.get()) {
                throw timeoutException();
            }
            int status = channel.getExitStatus();
            String signal = status == -1 ? channel.getExitSignal() : null;
            if (status == -1 && signal == null && !session.isConnected()) {
                throw lost(null);
            }
            CommandResult result = new CommandResult(target.toString(), command.summary(), status, signal,
                    stderr.text(), stderr.total(), stdoutBytes, Duration.ofNanos(System.nanoTime() - startNanos));
            checkSudo(result);
            return result;
        } finally {
            close();
        }
    }

    /** Stops the command if it still runs (TERM, then the channel is closed) and frees the channel. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        watchdog.cancel(false);
        try {
            if (!channel.isClosed()) {
                signal("TERM");
            }
            channel.disconnect();
        } finally {
            host.leave();
        }
    }

    private void stopForTimeout() {
        if (closed.get() || channel.isClosed()) {
            return;
        }
        if (timedOut.compareAndSet(false, true)) {
            LOG.log(System.Logger.Level.WARNING, "''{0}'' on {1} ran past {2}: stopping it",
                    command.summary(), target, SshSettings.human(timeout));
            signal("TERM");
            channel.disconnect(); // ends stdout for the reader, who then sees the timeout
        }
    }

    private void signal(String name) {
        try {
            channel.sendSignal(name); // honoured by OpenSSH 7.9 and later
        } catch (Exception e) {
            LOG.log(System.Logger.Level.DEBUG, "could not signal ''{0}'': {1}", command.summary(), e.toString());
        }
    }

    private void checkSudo(CommandResult result) throws SshException {
        if (!command.usesSudo() || result.exitStatus() != 1) {
            return;
        }
        String err = result.stderr().toLowerCase(Locale.ROOT);
        if (err.contains("sudo:") && (err.contains("a password is required")
                || err.contains("a terminal is required") || err.contains("is not allowed to execute")
                || err.contains("is not in the sudoers file") || err.contains("may not run sudo"))) {
            String firstLine = RemotePath.printable(result.stderr().strip().lines().findFirst().orElse(""));
            throw new SshException(SshErrorKind.SUDO_PASSWORD_REQUIRED, "user " + target.user()
                    + " lacks passwordless sudo for '" + command.wordsSummary() + "' on " + target.endpoint() + " (" + firstLine
                    + "): add a NOPASSWD rule for this command to /etc/sudoers.d/ on that host");
        }
    }

    private SshException failure(IOException e) {
        if (timedOut.get()) {
            return timeoutException();
        }
        if (!session.isConnected()) {
            return lost(e);
        }
        return new SshException(SshErrorKind.PROTOCOL, "reading the output of '" + command.summary()
                + "' on " + target + " failed: " + e.getMessage(), e);
    }

    private SshException timeoutException() {
        return new SshException(SshErrorKind.COMMAND_TIMEOUT, "'" + command.summary() + "' on " + target
                + " did not finish within " + SshSettings.human(timeout) + " and was stopped");
    }

    private SshException lost(Throwable cause) {
        return new SshException(SshErrorKind.CONNECTION_LOST, "the connection to " + target.endpoint()
                + " was lost while '" + command.summary() + "' ran", cause);
    }

    private static void sleep(long millis) throws SshException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SshException(SshErrorKind.PROTOCOL, "interrupted while waiting for a command", e);
        }
    }

    /** stdout that counts what it passes and tells a cut stream from a real end. */
    private final class Stdout extends FilterInputStream {

        Stdout(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n;
            try {
                n = in.read(b, off, len);
            } catch (IOException e) {
                throw failure(e);
            }
            if (n > 0) {
                stdoutBytes += n;
            } else if (n < 0) {
                if (timedOut.get()) {
                    throw timeoutException();
                }
                if (!channel.isEOF() && !session.isConnected()) {
                    throw lost(null);
                }
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] buffer = new byte[(int) Math.min(8192, Math.max(n, 1))];
            long skipped = 0;
            while (skipped < n) {
                int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
                if (r < 0) {
                    break;
                }
                skipped += r;
            }
            return skipped;
        }

        @Override
        public void close() {
            // The process owns the channel: closing the stream early is RemoteProcess.close().
        }
    }
}
