package org.psmm.core.snmp;

/** The SNMP versions PSMM speaks: v2c (a community) and v3 (a user, authPriv or authNoPriv). */
public enum SnmpVersion {
    V2C, V3
}
