package org.psmm.core.alert;

import java.time.Duration;
import java.time.Instant;

/**
 * A host is down when PSMM has had no successful contact with it for the delay. A host never
 * reached counts from when PSMM started watching it (its key confirmed), so a new host is not
 * down at once.
 */
public final class HostDownRule {

    private HostDownRule() {
    }

    public static boolean isDown(Instant lastContact, Instant watchedSince, Instant now, Duration delay) {
        Instant reference = lastContact != null ? lastContact : watchedSince;
        return reference != null && !now.isBefore(reference.plus(delay));
    }

    public static Transition evaluate(Instant lastContact, Instant watchedSince, Instant now, Duration delay,
            boolean open) {
        boolean down = isDown(lastContact, watchedSince, now, delay);
        return down && !open ? Transition.RAISE : !down && open ? Transition.RESOLVE : Transition.NONE;
    }
}
