package org.psmm.core.report;

import java.io.Serializable;

/** A value (a service, host, IP or user name) and how many failures it had. */
public record Count(String value, long count) implements Serializable {
}
