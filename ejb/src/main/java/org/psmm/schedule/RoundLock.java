package org.psmm.schedule;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.psmm.error.PsmmException;

/**
 * One round of a piece of work at a time. A timer skips its round while one runs (it would only
 * queue behind it); a person who asks for a round now waits for the running one, then runs.
 */
public final class RoundLock {

    private final ReentrantLock lock = new ReentrantLock();
    private final String what;

    /** @param what the work, as a person reads it ("the metrics poll") */
    public RoundLock(String what) {
        this.what = what;
    }

    /** Runs the work unless a round is running; empty if it was skipped. */
    public <T> Optional<T> ifIdle(Supplier<T> work) {
        if (!lock.tryLock()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(work.get());
        } finally {
            lock.unlock();
        }
    }

    /** Runs the work after the running round, if any; busy if that one outlasts {@code wait}. */
    public <T> T afterRunning(Duration wait, Supplier<T> work) {
        try {
            if (!lock.tryLock(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new PsmmException(PsmmException.Kind.BUSY,
                        what + " has been running for " + wait.toMinutes() + " minutes: try again later");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PsmmException(PsmmException.Kind.BUSY, "interrupted while waiting for " + what);
        }
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
