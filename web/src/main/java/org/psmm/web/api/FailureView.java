package org.psmm.web.api;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.psmm.failure.FailureRow;

/** A failed login as the API shows it: time in UTC, the line's local time as written, and the raw line. */
public record FailureView(long id, Instant time, String localTime, long hostId, String host, String service,
        String kind, String user, String ip, String rawLine, boolean userCut) {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    static FailureView of(FailureRow r) {
        return new FailureView(r.id(), r.occurredAt(), r.localTime() == null ? null : LOCAL.format(r.localTime()),
                r.hostId(), r.hostName(), r.service(), r.kind(), r.user(), r.ip(), r.rawLine(), r.userCut());
    }
}
