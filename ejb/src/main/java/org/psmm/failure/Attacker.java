package org.psmm.failure;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A source address with its failed logins over a range: how many, the services and hosts it
 * tried, its first and last attempt. ip and services come from logs: attacker-controlled.
 */
public record Attacker(String ip, long count, List<String> services, List<String> hosts, Instant first, Instant last)
        implements Serializable {
}
