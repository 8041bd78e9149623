package org.psmm.schedule;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.psmm.config.JobPause;

/**
 * Periodic work whose interval is a setting, written once. The subclass, a startup singleton,
 * says what one round does and when the next is due; this class keeps one single-action timer,
 * armed again when a round ends, so rounds never overlap and a changed interval applies to the
 * next round without a restart. While a restore pauses the jobs, and after a round that failed,
 * it looks again after the retry delay. Non-persistent on a single server: after a restart
 * the first round comes the first delay after deployment. On a node of a cluster the timer
 * is persistent, in the database timer store the nodes share: each round fires on one node only,
 * and when that node dies another fires the pending round (each node re-arms at its start, which
 * replaces the pending round by one first delay later).
 *
 * <p>A subclass states its name and delays once, in its public no-argument constructor (the one
 * the container and its proxies call): {@code super("backup", Duration.ofMinutes(1), ...)}.
 */
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public abstract class RearmingTimer {

    private static final Duration SHORTEST = Duration.ofSeconds(1);

    @Resource
    private TimerService timers;

    @Inject
    private JobPause pause;

    /** The timer's name, as the server lists it and the log says it. */
    private final String name;

    /** How long after deployment the first round comes. */
    private final Duration firstDelay;

    /** How long until the next look after a paused or failed round. */
    private final Duration retryDelay;

    protected RearmingTimer(String name, Duration firstDelay, Duration retryDelay) {
        this.name = name;
        this.firstDelay = firstDelay;
        this.retryDelay = retryDelay;
    }

    /** One round (never while the jobs are paused); returns how long until the next one. */
    protected abstract Duration round();

    @PostConstruct
    void armFirstRound() {
        arm(firstDelay);
    }

    @Timeout
    void onTimeout(Timer timer) {
        Duration next = retryDelay;
        try {
            if (!pause.paused()) {
                next = round();
            }
        } catch (RuntimeException e) {
            Logger.getLogger(getClass().getName()).log(Level.WARNING,
                    name + " failed; next try in " + next.toSeconds() + " s", e);
        } finally {
            arm(next);
        }
    }

    /**
     * Other scheduled work of the same bean (an hourly purge, a nightly inventory): skipped while
     * a restore pauses the jobs, and a failure logged, as a round's is, rather than thrown at the
     * timer service.
     */
    protected void unlessPaused(String what, Runnable work) {
        if (pause.paused()) {
            return;
        }
        try {
            work.run();
        } catch (RuntimeException e) {
            Logger.getLogger(getClass().getName()).log(Level.WARNING, what + " failed", e);
        }
    }

    /** Replaces the pending round by one after {@code delay}: a setting changed and applies now. */
    protected void rearm(Duration delay) {
        arm(delay);
    }

    /** When the next round is due, if one is armed. */
    protected Optional<Instant> nextRound() {
        return timers.getTimers().stream()
                .filter(t -> name.equals(t.getInfo()))
                .map(t -> t.getNextTimeout().toInstant())
                .min(Instant::compareTo);
    }

    /** One pending round at a time: the one armed before is cancelled. */
    private synchronized void arm(Duration delay) {
        for (Timer t : timers.getTimers()) {
            if (name.equals(t.getInfo())) {
                try {
                    t.cancel();
                } catch (RuntimeException e) {
                    // it is firing now or was cancelled meanwhile: nothing to replace
                }
            }
        }
        Duration d = delay.compareTo(SHORTEST) < 0 ? SHORTEST : delay;
        timers.createSingleActionTimer(d.toMillis(), new TimerConfig(name, Cluster.enabled()));
    }
}
