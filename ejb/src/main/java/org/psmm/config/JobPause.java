package org.psmm.config;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Set while PSMM's database is being replaced by a restore: every timer checks it and skips its
 * round, so nothing writes into tables that are being dropped and reloaded. In memory on purpose:
 * a restart ends a pause (the restore it belonged to is over by then).
 */
@ApplicationScoped
public class JobPause {

    private final AtomicReference<String> reason = new AtomicReference<>();

    /** @return false if already paused (one restore at a time) */
    public boolean pause(String why) {
        return reason.compareAndSet(null, why);
    }

    public void resume() {
        reason.set(null);
    }

    public boolean paused() {
        return reason.get() != null;
    }

    /** Why timers are paused, if they are. */
    public Optional<String> reason() {
        return Optional.ofNullable(reason.get());
    }
}
