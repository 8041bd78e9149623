package org.psmm.core.session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code loginctl show-session ID... -p Name -p TTY ...}: one block of {@code Key=value}
 * lines per session, blocks separated by an empty line (systemd's documented output). Only
 * sessions on a tty are kept, as who lists them: the tty is what a log-off names. Idle comes from
 * {@code IdleSinceHint} (microseconds since the epoch; logind sets it from the tty's access time)
 * and, when logind gives 0, from the tty's access time read by the poll.
 */
public final class LoginctlParser {

    private LoginctlParser() {
    }

    public static List<OpenSession> parse(String output, Map<String, Long> accessTimes, Long hostNow) {
        List<OpenSession> out = new ArrayList<>();
        Map<String, String> block = new HashMap<>();
        for (String line : (output + "\n\n").split("\n", -1)) {
            int eq = line.indexOf('=');
            if (line.isBlank()) {
                session(block, accessTimes, hostNow, out);
                block.clear();
            } else if (eq > 0) {
                block.putIfAbsent(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return out;
    }

    private static void session(Map<String, String> b, Map<String, Long> accessTimes, Long hostNow, List<OpenSession> out) {
        String tty = b.getOrDefault("TTY", "");
        String user = b.getOrDefault("Name", "");
        if (!LogoffTarget.isTty(tty) || user.isEmpty()) {
            return; // a session without a tty (an ssh command, a user manager) or not a session block
        }
        Long idle = null;
        Long since = number(b.get("IdleSinceHint"));
        Long atime = since != null && since > 0 ? Long.valueOf(since / 1_000_000) : accessTimes.get(tty);
        if (atime != null && hostNow != null) {
            idle = Math.max(0, hostNow - atime);
        }
        Long leader = number(b.get("Leader"));
        String state = b.getOrDefault("State", "");
        String from = "yes".equals(b.get("Remote")) ? b.getOrDefault("RemoteHost", "") : "";
        out.add(new OpenSession(user, tty, tty, from, b.getOrDefault("Timestamp", ""), idle,
                state.equals("active") || state.equals("online") ? OpenSession.State.ACTIVE : OpenSession.State.OTHER,
                leader == null || leader <= 0 || leader > Integer.MAX_VALUE ? null : leader.intValue()));
    }

    private static Long number(String s) {
        return s != null && s.matches("\\d{1,19}") ? Long.valueOf(s) : null;
    }
}
