/**
 * SNMP as plain Java: one asynchronous engine (SNMP4J, one UDP socket) that reads many agents at
 * once, the numeric OIDs PSMM reads, and the pure rules that make sense of what agents answer
 * (counter rates with wraps and restarts, uptime wraps, vendors, hostile text).
 */
package org.psmm.core.snmp;
