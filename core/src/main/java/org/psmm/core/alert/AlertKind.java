package org.psmm.core.alert;

/** What an alert is about. DISK alerts are per mount point; BACKUP_FAILED is about PSMM itself, not a host. */
public enum AlertKind {
    CPU, RAM, DISK, HOST_DOWN, BACKUP_FAILED
}
