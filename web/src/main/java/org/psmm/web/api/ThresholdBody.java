package org.psmm.web.api;

import java.util.EnumMap;
import java.util.Map;
import org.psmm.settings.InvalidSettingException;
import org.psmm.settings.ThresholdKind;

/** {@code {"CPU":50,"DISK":null}}: a number sets a host's or device's own threshold, null removes it. */
final class ThresholdBody {

    private ThresholdBody() {
    }

    static Map<ThresholdKind, Integer> parse(Map<String, Object> body) {
        Map<ThresholdKind, Integer> percents = new EnumMap<>(ThresholdKind.class);
        if (body != null) {
            body.forEach((k, v) -> {
                ThresholdKind kind;
                try {
                    kind = ThresholdKind.valueOf(k.toUpperCase());
                } catch (IllegalArgumentException e) {
                    throw new InvalidSettingException(k, "is not CPU, RAM or DISK");
                }
                try {
                    percents.put(kind, v == null ? null : Integer.valueOf(plain(v)));
                } catch (NumberFormatException e) {
                    throw new InvalidSettingException(k, "must be a whole number between 0 and 100");
                }
            });
        }
        return percents;
    }

    // JSON-B gives numbers as BigDecimal: "5", not "5.0" or "5E+0".
    static String plain(Object v) {
        return v instanceof java.math.BigDecimal d ? d.stripTrailingZeros().toPlainString() : v.toString();
    }
}
