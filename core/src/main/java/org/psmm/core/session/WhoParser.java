package org.psmm.core.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code LC_ALL=C who -u} and the ttys' access times ({@code stat -c '%X %n'}, epoch
 * seconds: the last time the tty was read, i.e. typed on). who's own idle column has a one-minute
 * resolution and says "old" after a day; the access time is exact. A line is
 * {@code USER LINE Mon DD HH:MM IDLE PID (FROM)} (C locale; {@code YYYY-MM-DD HH:MM}
 * in others); the user name is the host's and may be
 * anything but blanks.
 */
public final class WhoParser {

    private static final Pattern LINE = Pattern.compile(
            "(\\S+)\\s+(\\S+)\\s+(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d|[A-Z][a-z]{2}\\s+\\d{1,2} \\d\\d:\\d\\d)\\s+(\\S+)\\s+(\\d+)(?:\\s+\\((.*)\\))?\\s*");
    private static final Pattern STAT = Pattern.compile("(\\d+) /dev/(\\S+)");

    private WhoParser() {
    }

    /** Access time (epoch seconds) per tty ("pts/3") from {@code stat -c '%X %n'} lines. */
    public static Map<String, Long> accessTimes(String statOutput) {
        Map<String, Long> out = new java.util.HashMap<>();
        for (String line : statOutput.split("\n")) {
            Matcher m = STAT.matcher(line.trim());
            if (m.matches()) {
                out.put(m.group(2), Long.parseLong(m.group(1)));
            }
        }
        return out;
    }

    /**
     * The sessions in {@code whoOutput}; idle is {@code hostNow} minus the tty's access time
     * (null when the tty was not stat'ed). Lines that do not have who's shape are skipped.
     */
    public static List<OpenSession> parse(String whoOutput, Map<String, Long> accessTimes, Long hostNow) {
        List<OpenSession> out = new ArrayList<>();
        for (String line : whoOutput.split("\n")) {
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String tty = m.group(2);
            Long atime = accessTimes.get(tty);
            Long idle = atime == null || hostNow == null ? null : Math.max(0, hostNow - atime);
            Integer pid;
            try {
                pid = Integer.valueOf(m.group(5));
            } catch (NumberFormatException e) {
                pid = null;
            }
            out.add(new OpenSession(m.group(1), tty, tty, m.group(6) == null ? "" : m.group(6), m.group(3), idle,
                    OpenSession.State.ACTIVE, pid));
        }
        return out;
    }
}
