package org.psmm.web.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Locale;

/** Rates, speeds and uptimes as device pages show them: "12.4 Mbit/s", "1 Gbit/s", "12 d 3 h". */
@Named
@ApplicationScoped
public class DeviceFormat {

    private static final String[] UNITS = {"bit/s", "kbit/s", "Mbit/s", "Gbit/s", "Tbit/s"};

    public String bps(Double bitsPerSecond) {
        if (bitsPerSecond == null) {
            return "–";
        }
        double v = bitsPerSecond;
        int u = 0;
        while (v >= 1000 && u < UNITS.length - 1) {
            v /= 1000;
            u++;
        }
        return String.format(Locale.ROOT, v >= 100 || u == 0 ? "%.0f %s" : "%.1f %s", v, UNITS[u]);
    }

    public String speed(long bitsPerSecond) {
        return bitsPerSecond <= 0 ? "–" : bps((double) bitsPerSecond);
    }

    public String perSecond(Double v) {
        return v == null ? "–" : String.format(Locale.ROOT, "%.2f/s", v);
    }

    public String uptime(Long seconds) {
        if (seconds == null) {
            return "–";
        }
        long d = seconds / 86_400;
        long h = seconds % 86_400 / 3600;
        long m = seconds % 3600 / 60;
        return d > 0 ? d + " d " + h + " h" : h > 0 ? h + " h " + m + " min" : m + " min";
    }

    public String percent(Double v) {
        return v == null ? "–" : String.format(Locale.ROOT, "%.0f %%", v);
    }
}
