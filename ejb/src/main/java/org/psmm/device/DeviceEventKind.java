package org.psmm.device;

/** What happened to a device, kept in its history. */
public enum DeviceEventKind {
    DISCOVERED, DISCOVERY_FAILED, DOWN, UP, RESTARTED, INTERFACE_ADDED, INTERFACE_REMOVED
}
