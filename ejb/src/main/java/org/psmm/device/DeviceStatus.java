package org.psmm.device;

/** UP: it answered the last poll; DOWN: silent for snmp.downAfterPolls polls; UNKNOWN: not polled yet, or failing less long. */
public enum DeviceStatus {
    UP, DOWN, UNKNOWN
}
