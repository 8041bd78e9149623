package org.psmm.core.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Windows' {@code quser} (query user) in any of its languages. Headings and states are
 * localized (English "Active"/"Disc", French "Actif"/"Déco") and a disconnected session has an
 * empty session name, which shifts every column after it: so the columns are not read by
 * position or heading, but by shape. After the user (a leading {@code >} marks the session running
 * quser), the id is the first word made of digits only, the optional word before it the session
 * name, then come the state, the idle time and the logon time (the rest of the line, as written).
 * Idle: "." or "none"/"aucun" (less than a minute), minutes "5", "1:05" (h:mm), "2+03:10"
 * (days+h:mm). No session at all: quser prints a sentence on stderr and exits 1; no line parses.
 */
public final class QuserParser {

    private static final Pattern IDLE = Pattern.compile("(?:(\\d+)\\+)?(?:(\\d+):)?(\\d+)");

    private QuserParser() {
    }

    public static List<OpenSession> parse(String output) {
        List<OpenSession> out = new ArrayList<>();
        String[] lines = output.replace("\r", "").split("\n");
        for (int i = 1; i < lines.length; i++) { // line 0: the (localized) headings
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            String body = line.startsWith(">") ? line.substring(1) : line;
            String[] w = body.trim().split("\\s+");
            int id = -1;
            for (int k = 1; k < w.length && k <= 2; k++) {
                if (w[k].chars().allMatch(Character::isDigit) && !w[k].isEmpty()) {
                    id = k;
                    break;
                }
            }
            if (id < 0 || w.length < id + 3) {
                continue; // not a session line
            }
            String name = id == 2 ? w[1] : "";
            String state = w[id + 1];
            Long idle = idleSeconds(w[id + 2]);
            StringBuilder since = new StringBuilder();
            for (int k = id + 3; k < w.length; k++) {
                since.append(since.length() == 0 ? "" : " ").append(w[k]);
            }
            out.add(new OpenSession(w[0], w[id], name, "", since.toString(), idle, state(state), null));
        }
        return out;
    }

    static OpenSession.State state(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        if (l.startsWith("act") || l.startsWith("akt")) {
            return OpenSession.State.ACTIVE;
        }
        // "Disc", "Déco" (and "D?co" where a code page mangled the accent), German "Getr."
        if (l.startsWith("disc") || (l.startsWith("d") && l.endsWith("co")) || l.startsWith("getr")) {
            return OpenSession.State.DISCONNECTED;
        }
        return OpenSession.State.OTHER;
    }

    /** Seconds of an idle column; null when it is not one of quser's shapes. */
    static Long idleSeconds(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        if (l.equals(".") || l.equals("none") || l.equals("aucun") || l.equals("aucune") || l.equals("keine")) {
            return 0L;
        }
        Matcher m = IDLE.matcher(s);
        if (!m.matches()) {
            return null;
        }
        long days = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        long hours = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
        long minutes = Long.parseLong(m.group(3));
        return ((days * 24 + hours) * 60 + minutes) * 60;
    }
}
