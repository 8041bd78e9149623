package org.psmm.failure;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Today's and yesterday's failed logins (server time zone) and the top source IPs and user names over
 * [from, to); probes (kind {@code probe}: scanners and the like) are never among them, and are
 * counted apart in probesToday and probesYesterday.
 */
public record FailureSummary(long today, long yesterday, Instant from, Instant to, List<Count> topIps,
        List<Count> topUsers, long probesToday, long probesYesterday) implements Serializable {

    public record Count(String value, long count) implements Serializable {
    }
}
