package org.psmm.core.snmp;

/** SNMP v3 authentication: HMAC-SHA-96 (what most devices still use) and HMAC-SHA-256 (RFC 7860). */
public enum AuthProtocol {
    SHA, SHA256
}
