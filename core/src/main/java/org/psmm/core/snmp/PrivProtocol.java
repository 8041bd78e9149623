package org.psmm.core.snmp;

/** SNMP v3 privacy: AES-128 (CFB), the one every current agent offers. */
public enum PrivProtocol {
    AES
}
