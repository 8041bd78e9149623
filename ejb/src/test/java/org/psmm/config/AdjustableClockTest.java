package org.psmm.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class AdjustableClockTest {

    @Test
    void aProductionClockCannotBeMoved() {
        AdjustableClock clock = new AdjustableClock(false, ZoneId.of("Europe/Paris"));
        assertThrows(IllegalStateException.class, () -> clock.setOffset(Duration.ofHours(1)));
        assertTrue(Duration.between(Instant.now(), clock.instant()).abs().toSeconds() < 5);
    }

    @Test
    void aTestClockMovesByItsOffset() {
        AdjustableClock clock = new AdjustableClock(true, ZoneId.of("Europe/Paris"));
        clock.setOffset(Duration.ofHours(2));
        long ahead = Duration.between(Instant.now(), clock.instant()).toMinutes();
        assertTrue(ahead >= 119 && ahead <= 120, "ahead " + ahead);
    }

    @Test
    void daysAreReadInTheServersZone() {
        AdjustableClock clock = new AdjustableClock(false, ZoneId.of("Europe/Paris"));
        assertEquals(ZoneId.of("Europe/Paris"), clock.getZone());
        assertEquals(java.time.LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Paris")), java.time.LocalDate.now(clock));
    }
}
