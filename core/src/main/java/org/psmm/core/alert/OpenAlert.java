package org.psmm.core.alert;

import java.time.Instant;

/** An alert still open when a mail is written, with its latest value. */
public record OpenAlert(String host, AlertKind kind, String mount, Double value, Integer threshold, Instant since) {
}
