package org.psmm.failure;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What one source IP tried: per service and host, how many failed logins, first and last seen;
 * its probes (scanners' noise, kind {@code probe}) are never among them and are counted apart.
 */
public record IpActivity(String ip, long total, List<ServiceCount> services, long probes) implements Serializable {

    public record ServiceCount(String service, String hostName, long count, Instant first, Instant last)
            implements Serializable {
    }
}
