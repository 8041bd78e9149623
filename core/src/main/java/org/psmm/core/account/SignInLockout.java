package org.psmm.core.account;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When one user's failed sign-ins from one address refuse that address for that user: after
 * {@code maxFailures} failures within {@code window}, for {@code lock} from the last of them,
 * without checking the password. A lock never spans addresses (an attacker cannot lock the admin
 * out from the admin's own desk) nor users (a shared address keeps working for the others).
 */
public record SignInLockout(int maxFailures, Duration window, Duration lock) {

    public SignInLockout {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1");
        }
    }

    /** How far back the failures that can still lock must be read. */
    public Duration lookBack() {
        return window.plus(lock);
    }

    /**
     * @param failures the times of this user's failed sign-ins from this address, oldest first
     *        (refusals during a lock excluded: they must not extend it)
     * @return until when the address is refused for the user, if it is at {@code now}
     */
    public Optional<Instant> refusedUntil(List<Instant> failures, Instant now) {
        Instant until = null;
        for (int last = maxFailures - 1; last < failures.size(); last++) {
            Instant first = failures.get(last - maxFailures + 1);
            Instant end = failures.get(last);
            if (Duration.between(first, end).compareTo(window) <= 0) {
                Instant candidate = end.plus(lock);
                if (until == null || candidate.isAfter(until)) {
                    until = candidate;
                }
            }
        }
        return until != null && until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }
}
