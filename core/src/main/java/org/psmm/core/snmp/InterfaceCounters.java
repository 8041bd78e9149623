package org.psmm.core.snmp;

/**
 * One interface at one poll: status and counters (null where the agent gave none).
 * {@code highCapacity}: the octet counters are ifXTable's Counter64, else ifTable's Counter32.
 */
public record InterfaceCounters(int index, IfStatus admin, IfStatus oper, Long inOctets, Long outOctets,
        boolean highCapacity, Long inErrors, Long outErrors) {
}
