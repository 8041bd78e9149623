package org.psmm.failure;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * One stored failed login as the explorer shows it. Every text but hostName comes from a log:
 * attacker-controlled. userCut: the line was over the length limit and the user is only part of it.
 */
public record FailureRow(long id, Instant occurredAt, LocalDateTime localTime, long hostId, String hostName,
        String service, String kind, String user, String ip, String rawLine, boolean userCut) implements Serializable {

    public FailureRow(long id, Instant occurredAt, LocalDateTime localTime, long hostId, String hostName,
            String service, String kind, String user, String ip, String rawLine) {
        this(id, occurredAt, localTime, hostId, hostName, service, kind, user, ip, rawLine, false);
    }

    private static final java.time.format.DateTimeFormatter LOCAL =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** The line's own time as written, to the second (LocalDateTime.toString drops ":00"). */
    public String localTimeText() {
        return localTime == null ? "" : LOCAL.format(localTime);
    }
}
