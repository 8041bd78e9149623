package org.psmm.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OutboxBackOffTest {

    @Test
    void theDelayDoublesFromThirtySecondsUpToThirtyMinutes() {
        assertEquals(Duration.ofSeconds(30), Outbox.backOff(1));
        assertEquals(Duration.ofSeconds(60), Outbox.backOff(2));
        assertEquals(Duration.ofMinutes(16), Outbox.backOff(6));
        assertEquals(Duration.ofMinutes(30), Outbox.backOff(7));
        assertEquals(Duration.ofMinutes(30), Outbox.backOff(99));
    }
}
