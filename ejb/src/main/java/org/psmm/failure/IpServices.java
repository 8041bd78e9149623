package org.psmm.failure;

import java.io.Serializable;
import java.util.List;

/** A source IP, the services it failed on (sorted) and its failures over a time range. */
public record IpServices(String ip, List<String> services, long count) implements Serializable {
}
