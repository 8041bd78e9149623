package org.psmm.core.metrics;

import java.util.HashMap;
import java.util.Map;

/** Splits what {@link MetricsScript} printed into its sections and reads each. */
public final class MetricsOutputParser {

    private MetricsOutputParser() {
    }

    public static HostMetrics parse(String output) {
        Map<String, StringBuilder> sections = new HashMap<>();
        StringBuilder current = null;
        boolean ended = false;
        for (String line : output.split("\n", -1)) {
            if (line.startsWith(MetricsScript.MARK)) {
                String name = line.substring(MetricsScript.MARK.length()).trim();
                if (name.equals("end")) {
                    ended = true;
                    break;
                }
                current = new StringBuilder();
                sections.put(name, current);
            } else if (current != null) {
                current.append(line).append('\n');
            }
        }
        if (!sections.containsKey("psmm-metrics 1")) {
            throw new MetricsParseException("the answer does not start with PSMM's metrics marker");
        }
        if (!ended) {
            throw new MetricsParseException("the answer was cut before its end marker");
        }
        String[] load = required(sections, "loadavg").trim().split("\\s+");
        String[] uptime = required(sections, "uptime").trim().split("\\s+");
        try {
            return new HostMetrics(ProcStatParser.parse(required(sections, "stat")),
                    MemInfoParser.parse(required(sections, "meminfo")),
                    DfParser.parse(required(sections, "df")),
                    Double.parseDouble(load[0]), Double.parseDouble(load[1]), Double.parseDouble(load[2]),
                    Double.parseDouble(uptime[0]),
                    Integer.parseInt(required(sections, "users").trim()));
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw new MetricsParseException("load, uptime or users is not a number");
        }
    }

    private static String required(Map<String, StringBuilder> sections, String name) {
        StringBuilder s = sections.get(name);
        if (s == null) {
            throw new MetricsParseException("the answer has no " + name + " section");
        }
        return s.toString();
    }
}
