package org.psmm.core.snmp;

import java.util.OptionalDouble;

/**
 * Per-second rates from two readings of an SNMP counter. A 32-bit counter wraps at 2^32 and may
 * do so between polls on a busy port (4 Gbit/s... of octets in 5 minutes needs only 115 Mbit/s):
 * a smaller value is a wrap when the wrapped difference is plausible. A 64-bit counter never
 * wraps in a lifetime: a smaller value means the counter started again (the device or its
 * agent restarted, the interface was re-created), and no rate is given rather than a negative
 * or an absurd one. A restart known from the uptime gives no rate either.
 */
public final class CounterRate {

    private static final double TWO_POW_32 = 4294967296.0;

    private CounterRate() {
    }

    /**
     * @param previous       the earlier reading, or null for none
     * @param current        the new reading, or null when the agent gave none
     * @param seconds        the time between the two readings
     * @param counter64      whether the counter is a Counter64
     * @param restarted      whether the device or its agent restarted in between
     * @param maxPerSecond   the most the counter can grow per second (the interface's speed in
     *                       octets/s, times a margin), or 0 when unknown: a larger wrap is a reset
     */
    public static OptionalDouble perSecond(Long previous, Long current, double seconds, boolean counter64,
            boolean restarted, double maxPerSecond) {
        if (previous == null || current == null || restarted || !(seconds > 0)) {
            return OptionalDouble.empty();
        }
        if (Long.compareUnsigned(current, previous) >= 0) {
            return OptionalDouble.of(unsigned(current - previous) / seconds); // exact in two's complement, also past 2^63
        }
        if (counter64) {
            return OptionalDouble.empty();
        }
        double rate = ((current & 0xFFFFFFFFL) + TWO_POW_32 - (previous & 0xFFFFFFFFL)) / seconds;
        // A wrap the port could not have carried is a counter that started again. Only wraps are
        // checked: loopbacks and virtual ports report made-up speeds (net-snmp's lo: 10 Mbit/s).
        return maxPerSecond > 0 && rate > maxPerSecond ? OptionalDouble.empty() : OptionalDouble.of(rate);
    }

    private static double unsigned(long v) {
        return v >= 0 ? v : (v >>> 1) * 2.0 + (v & 1);
    }

    /** The most octets per second an interface of this speed (bit/s) can count, with a margin for rounding. */
    public static double maxOctetsPerSecond(long speedBitsPerSecond) {
        return speedBitsPerSecond <= 0 ? 0 : speedBitsPerSecond / 8.0 * 1.5;
    }
}
