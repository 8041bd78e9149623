package org.psmm.core.alert;

/**
 * What an alert is about. DISK alerts are per mount point (or device storage entry); BACKUP_FAILED
 * is about PSMM itself; DEVICE_DOWN and PORT_DOWN (per port) about SNMP devices, which also have
 * CPU, RAM and DISK alerts.
 */
public enum AlertKind {
    CPU, RAM, DISK, HOST_DOWN, BACKUP_FAILED, DEVICE_DOWN, PORT_DOWN
}
