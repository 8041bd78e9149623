package org.psmm.logsource;

/** What a log source reads. */
public enum LogSourceKind {
    /** A log file, its rotations included. */
    FILE,
    /** The systemd journal, through journalctl, filtered by units or syslog identifiers. */
    JOURNAL
}
