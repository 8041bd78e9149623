package org.psmm.core.logs.journal;

import java.time.Instant;
import java.util.Objects;

/**
 * One journal entry as {@code journalctl -o json} prints it, reduced to what PSMM reads.
 *
 * @param cursor         {@code __CURSOR}: where the entry stands in the journal, the checkpoint
 * @param realtimeMicros {@code __REALTIME_TIMESTAMP}: when it was logged, in µs since the epoch (UTC)
 * @param hostname       {@code _HOSTNAME}, or null
 * @param pid            {@code _PID}, or null
 * @param identifier     {@code SYSLOG_IDENTIFIER}, or null
 * @param message        {@code MESSAGE} as text (a byte array decoded as UTF-8, bad bytes replaced), or
 *                       null where the journal left it out (larger than journalctl's field limit)
 * @param binaryMessage  whether MESSAGE came as bytes (not valid UTF-8, or holding control characters)
 */
public record JournalEntry(String cursor, long realtimeMicros, String hostname, String pid, String identifier,
                           String message, boolean binaryMessage) {

    public JournalEntry {
        Objects.requireNonNull(cursor, "cursor");
    }

    /** The entry's time as a UTC instant, to the microsecond. */
    public Instant time() {
        return time(realtimeMicros);
    }

    public static Instant time(long realtimeMicros) {
        return Instant.ofEpochSecond(Math.floorDiv(realtimeMicros, 1_000_000L),
                Math.floorMod(realtimeMicros, 1_000_000L) * 1000L);
    }
}
