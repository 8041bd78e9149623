package org.psmm.core.alert;

/**
 * A value at or over its threshold raises an alert unless one is open; under it resolves the
 * open one. There is at most one open alert per host, kind and mount, so a value that stays
 * high raises one alert, not one per poll.
 */
public final class ThresholdRule {

    private ThresholdRule() {
    }

    public static boolean over(double value, int thresholdPercent) {
        return value >= thresholdPercent;
    }

    public static Transition evaluate(double value, int thresholdPercent, boolean open) {
        boolean over = over(value, thresholdPercent);
        if (over && !open) {
            return Transition.RAISE;
        }
        if (!over && open) {
            return Transition.RESOLVE;
        }
        return Transition.NONE;
    }
}
