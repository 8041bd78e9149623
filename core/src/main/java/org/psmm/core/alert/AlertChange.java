package org.psmm.core.alert;

import java.time.Instant;

/**
 * An alert raised or resolved, as a mail tells it. {@code mount} is null except for DISK;
 * {@code value} and {@code threshold} are null for HOST_DOWN. Host names and mounts come from
 * hosts: escaped wherever shown.
 */
public record AlertChange(String host, AlertKind kind, String mount, boolean raised, Double value, Integer threshold,
        Instant at) {
}
