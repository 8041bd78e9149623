package org.psmm.core.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignInLockoutTest {

    private static final SignInLockout RULE = new SignInLockout(10, Duration.ofMinutes(10), Duration.ofMinutes(10));
    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    private static List<Instant> everyMinuteFrom(Instant start, int n) {
        List<Instant> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(start.plus(Duration.ofSeconds(60L * i)));
        }
        return out;
    }

    @Test
    void nineFailuresLockNothing() {
        assertEquals(Optional.empty(), RULE.refusedUntil(everyMinuteFrom(T0, 9), T0.plusSeconds(600)));
    }

    @Test
    void theTenthFailureWithinTenMinutesLocksForTenMinutesFromIt() {
        List<Instant> ten = everyMinuteFrom(T0, 10); // the 10th at T0 + 9 min
        Instant tenth = ten.get(9);
        assertEquals(Optional.of(tenth.plus(Duration.ofMinutes(10))), RULE.refusedUntil(ten, tenth.plusSeconds(1)));
        assertEquals(Optional.empty(), RULE.refusedUntil(ten, tenth.plus(Duration.ofMinutes(10))), "over when the lock ends");
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowLockNothing() {
        List<Instant> slow = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            slow.add(T0.plus(Duration.ofSeconds(70L * i))); // 10 failures span 10.5 min
        }
        assertEquals(Optional.empty(), RULE.refusedUntil(slow, slow.get(29)));
    }

    @Test
    void aLaterBurstLocksAgainFromItsOwnLastFailure() {
        List<Instant> failures = new ArrayList<>(everyMinuteFrom(T0, 10));
        Instant later = T0.plus(Duration.ofHours(1));
        failures.addAll(everyMinuteFrom(later, 10));
        Instant lastOfBurst = failures.get(19);
        assertEquals(Optional.of(lastOfBurst.plus(Duration.ofMinutes(10))), RULE.refusedUntil(failures, lastOfBurst));
        assertTrue(RULE.refusedUntil(failures.subList(0, 10), later.minusSeconds(1)).isEmpty(), "the first lock was over before the burst");
    }

    @Test
    void readsBackTheWindowAndTheLock() {
        assertEquals(Duration.ofMinutes(20), RULE.lookBack());
    }
}
