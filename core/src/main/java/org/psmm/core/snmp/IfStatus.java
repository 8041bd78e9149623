package org.psmm.core.snmp;

/** ifAdminStatus / ifOperStatus (IF-MIB): the value an agent gives, or UNKNOWN for one it should not. */
public enum IfStatus {
    UP, DOWN, TESTING, UNKNOWN, DORMANT, NOT_PRESENT, LOWER_LAYER_DOWN;

    public static IfStatus of(int value) {
        return value >= 1 && value <= values().length ? values()[value - 1] : UNKNOWN;
    }
}
