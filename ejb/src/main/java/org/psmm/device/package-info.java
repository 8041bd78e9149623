/**
 * Network devices read over SNMP: the inventory (secrets sealed), discovery of their system
 * group, interfaces, storage and processors, the 5-minute poll of all of them at once on one
 * SNMP engine, the samples and events it stores, and their purge.
 */
package org.psmm.device;
