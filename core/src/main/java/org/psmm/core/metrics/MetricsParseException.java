package org.psmm.core.metrics;

/** The host's answer is not what the metrics script prints; the message says what is missing. */
public class MetricsParseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MetricsParseException(String message) {
        super(message);
    }
}
