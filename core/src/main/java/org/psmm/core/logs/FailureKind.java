package org.psmm.core.logs;

import java.util.Locale;

/** What a reported line says happened. */
public enum FailureKind {
    /** A wrong password or an unknown user name. */
    AUTH,
    /** Refused by the server's configuration (denied user, denied address, root login refused...). */
    AUTHZ,
    /** Other hostile noise: protocol probes, scanners, tampered authentication headers. */
    PROBE;

    private final String id = name().toLowerCase(Locale.ROOT);

    /** The lower-case name used in JSON output and in the database. */
    public String id() {
        return id;
    }
}
