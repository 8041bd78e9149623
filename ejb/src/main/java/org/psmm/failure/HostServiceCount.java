package org.psmm.failure;

import java.io.Serializable;

/** How many failures one host had on one service over a time range. */
public record HostServiceCount(String hostName, String service, long count) implements Serializable {
}
