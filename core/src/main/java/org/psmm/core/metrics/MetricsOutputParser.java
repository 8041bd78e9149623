package org.psmm.core.metrics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.psmm.core.process.ProcessSample;
import org.psmm.core.process.PsParser;
import org.psmm.core.session.LoginctlParser;
import org.psmm.core.session.OpenSession;
import org.psmm.core.session.WhoParser;

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
                    Integer.parseInt(required(sections, "users").trim()),
                    activity(sections, Double.parseDouble(uptime[0])));
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw new MetricsParseException("load, uptime or users is not a number");
        }
    }

    /** Sessions and processes; absent or unreadable sections give empty lists, never a failed poll. */
    private static HostActivity activity(Map<String, StringBuilder> sections, double uptime) {
        String ttys = sections.containsKey("ttys") ? sections.get("ttys").toString() : "";
        Long hostNow = null;
        int nl = ttys.indexOf('\n');
        String first = (nl < 0 ? ttys : ttys.substring(0, nl)).trim();
        if (first.matches("\\d{1,12}")) {
            hostNow = Long.parseLong(first);
        }
        var accessTimes = WhoParser.accessTimes(ttys);
        // logind's list when it gave one, who's otherwise (no systemd, or loginctl failed)
        List<OpenSession> sessions = LoginctlParser.parse(unprefixed(sections.get("loginctl")), accessTimes, hostNow);
        if (sessions.isEmpty()) {
            sessions = WhoParser.parse(unprefixed(sections.get("who")), accessTimes, hostNow);
        }
        List<ProcessSample> processes = PsParser.parse(unprefixed(sections.get("ps")));
        return new HostActivity(sessions, processes, hostNow, uptime, sections.containsKey("ps"));
    }

    /** The lines that carry the script's "|" prefix, without it; others (a name's stray new line) are dropped. */
    static String unprefixed(StringBuilder section) {
        if (section == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(section.length());
        for (String line : section.toString().split("\n")) {
            if (line.startsWith("|")) {
                out.append(line, 1, line.length()).append('\n');
            }
        }
        return out.toString();
    }

    private static String required(Map<String, StringBuilder> sections, String name) {
        StringBuilder s = sections.get(name);
        if (s == null) {
            throw new MetricsParseException("the answer has no " + name + " section");
        }
        return s.toString();
    }
}
