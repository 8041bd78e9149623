package org.psmm.failure;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;

/** One stored failed login as the explorer shows it. Every text but hostName comes from a log: attacker-controlled. */
public record FailureRow(long id, Instant occurredAt, LocalDateTime localTime, long hostId, String hostName,
        String service, String kind, String user, String ip, String rawLine) implements Serializable {

    private static final java.time.format.DateTimeFormatter LOCAL =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** The line's own time as written, to the second (LocalDateTime.toString drops ":00"). */
    public String localTimeText() {
        return localTime == null ? "" : LOCAL.format(localTime);
    }
}
