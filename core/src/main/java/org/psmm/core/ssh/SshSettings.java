package org.psmm.core.ssh;

import java.time.Duration;
import java.util.Objects;

/**
 * Timeouts and limits of the SSH client. Defaults: connect 10 s, command 60 s, idle session
 * 5 min, 10 channels per session (sshd's default MaxSessions), stderr kept up to 64 KiB,
 * keepalive every 15 s.
 *
 * @param connectTimeout TCP connect plus SSH handshake and authentication; also opening a channel
 * @param commandTimeout how long a command may run, unless the call gives its own timeout
 * @param idleTimeout a pooled session unused this long is closed
 * @param maxChannelsPerSession commands run at once on one host (must not exceed sshd MaxSessions)
 * @param stderrLimitBytes stderr kept per command; the rest is counted, not kept
 * @param keepAliveInterval how often an idle connection is probed, so a dead one is noticed
 */
public record SshSettings(Duration connectTimeout, Duration commandTimeout, Duration idleTimeout,
        int maxChannelsPerSession, int stderrLimitBytes, Duration keepAliveInterval) {

    public SshSettings {
        positive(connectTimeout, "connectTimeout");
        positive(commandTimeout, "commandTimeout");
        positive(idleTimeout, "idleTimeout");
        positive(keepAliveInterval, "keepAliveInterval");
        if (connectTimeout.toMillis() > Integer.MAX_VALUE || keepAliveInterval.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("timeouts must fit in an int of milliseconds");
        }
        if (maxChannelsPerSession < 1) {
            throw new IllegalArgumentException("maxChannelsPerSession must be at least 1");
        }
        if (stderrLimitBytes < 0) {
            throw new IllegalArgumentException("stderrLimitBytes must not be negative");
        }
    }

    public static SshSettings defaults() {
        return new SshSettings(Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofMinutes(5),
                10, 64 * 1024, Duration.ofSeconds(15));
    }

    public SshSettings withConnectTimeout(Duration value) {
        return new SshSettings(value, commandTimeout, idleTimeout, maxChannelsPerSession,
                stderrLimitBytes, keepAliveInterval);
    }

    public SshSettings withCommandTimeout(Duration value) {
        return new SshSettings(connectTimeout, value, idleTimeout, maxChannelsPerSession,
                stderrLimitBytes, keepAliveInterval);
    }

    public SshSettings withIdleTimeout(Duration value) {
        return new SshSettings(connectTimeout, commandTimeout, value, maxChannelsPerSession,
                stderrLimitBytes, keepAliveInterval);
    }

    public SshSettings withMaxChannelsPerSession(int value) {
        return new SshSettings(connectTimeout, commandTimeout, idleTimeout, value,
                stderrLimitBytes, keepAliveInterval);
    }

    public SshSettings withStderrLimitBytes(int value) {
        return new SshSettings(connectTimeout, commandTimeout, idleTimeout, maxChannelsPerSession,
                value, keepAliveInterval);
    }

    public SshSettings withKeepAliveInterval(Duration value) {
        return new SshSettings(connectTimeout, commandTimeout, idleTimeout, maxChannelsPerSession,
                stderrLimitBytes, value);
    }

    private static void positive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }

    /** "10 s", "500 ms", "5 min": durations as messages show them. */
    static String human(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + " ms";
        }
        if (ms % 60_000 == 0) {
            return ms / 60_000 + " min";
        }
        if (ms % 1000 == 0) {
            return ms / 1000 + " s";
        }
        return String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}
