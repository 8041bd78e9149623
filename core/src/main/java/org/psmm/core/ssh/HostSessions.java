package org.psmm.core.ssh;

import com.jcraft.jsch.Session;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The pooled connection to one target: at most one SSH session, shared by up to
 * {@code maxChannelsPerSession} commands at once, opened on first use, reopened when found dead,
 * closed when idle. All state is guarded by {@code this}; connecting happens under the lock, so
 * threads that need the same host wait for one handshake instead of starting several.
 */
final class HostSessions {

    /** A session handed to one command, and whether it was opened for it. */
    record Lease(Session session, boolean fresh) {
    }

    interface Connector {
        Session connect(SshTarget target) throws SshException;
    }

    private final SshTarget target;
    private final Semaphore channels;
    private final int maxChannels;
    private final Clock clock;
    private Session session;
    private int active;
    private Instant lastUsed;
    private boolean retired;

    HostSessions(SshTarget target, int maxChannels, Clock clock) {
        this.target = target;
        this.channels = new Semaphore(maxChannels, true);
        this.maxChannels = maxChannels;
        this.clock = clock;
        this.lastUsed = clock.instant();
    }

    /**
     * Takes one of the channel slots, waiting at most {@code wait}.
     *
     * @return false if this entry was retired meanwhile (the caller looks the target up again)
     * @throws SshException of kind BUSY if no slot freed up in time
     */
    boolean enter(Duration wait) throws SshException {
        try {
            if (!channels.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new SshException(SshErrorKind.BUSY, "all " + maxChannels + " channels to "
                        + target.endpoint() + " stayed busy for " + SshSettings.human(wait));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SshException(SshErrorKind.BUSY, "interrupted while waiting for a channel to "
                    + target.endpoint(), e);
        }
        synchronized (this) {
            if (retired) {
                channels.release();
                return false;
            }
            active++;
            return true;
        }
    }

    /** Gives a slot back (exactly once per successful {@link #enter}). */
    synchronized void leave() {
        active--;
        lastUsed = clock.instant();
        channels.release();
    }

    /** The live session, connecting (under the lock) if there is none or it died. */
    synchronized Lease session(Connector connector) throws SshException {
        if (session != null && session.isConnected()) {
            return new Lease(session, false);
        }
        if (session != null) {
            session.disconnect();
            session = null;
        }
        session = connector.connect(target);
        return new Lease(session, true);
    }

    /** Drops a session found dead (unless it was already replaced). */
    synchronized void discard(Session dead) {
        if (session == dead) {
            session = null;
        }
        dead.disconnect();
    }

    /** Number of commands running on this target now. */
    synchronized int active() {
        return active;
    }

    synchronized boolean connected() {
        return session != null && session.isConnected();
    }

    /**
     * Closes and retires this entry if no command ran on it for {@code idle}.
     *
     * @return whether it was retired (and must be removed from the pool)
     */
    synchronized boolean retireIfIdle(Duration idle) {
        if (active > 0 || Duration.between(lastUsed, clock.instant()).compareTo(idle) < 0) {
            return false;
        }
        retire();
        return true;
    }

    /** Closes the session now, whatever runs on it. */
    synchronized void retire() {
        retired = true;
        if (session != null) {
            session.disconnect();
            session = null;
        }
    }
}
