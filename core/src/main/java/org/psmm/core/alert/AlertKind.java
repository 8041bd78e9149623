package org.psmm.core.alert;

/** What an alert is about. DISK alerts are per mount point. */
public enum AlertKind {
    CPU, RAM, DISK, HOST_DOWN
}
