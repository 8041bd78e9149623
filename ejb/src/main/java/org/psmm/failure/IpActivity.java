package org.psmm.failure;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** What one source IP tried: per service and host, how many attempts, first and last seen. */
public record IpActivity(String ip, long total, List<ServiceCount> services) implements Serializable {

    public record ServiceCount(String service, String hostName, long count, Instant first, Instant last)
            implements Serializable {
    }
}
