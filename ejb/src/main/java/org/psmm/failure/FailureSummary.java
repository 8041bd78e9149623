package org.psmm.failure;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** Today's and yesterday's totals (server time zone) and the top source IPs and user names over [from, to). */
public record FailureSummary(long today, long yesterday, Instant from, Instant to, List<Count> topIps,
        List<Count> topUsers) implements Serializable {

    public record Count(String value, long count) implements Serializable {
    }
}
