package org.psmm.core.snmp;

/** hrProcessorLoad of one processor: the average percent busy over the last minute. */
public record ProcessorLoad(int index, int percent) {
}
