package org.psmm.core.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A host's rule "log off sessions idle or disconnected for more than N minutes": which of the
 * open sessions it picks. Never the monitor account's own sessions, never an excluded user,
 * never a session whose target is not a valid tty / id. A disconnected session counts as idle
 * since it has been idle (quser gives its idle time too).
 */
public record IdlePolicy(int minutes, String monitorUser, Set<String> excludedUsers) {

    public IdlePolicy {
        excludedUsers = excludedUsers.stream().map(u -> u.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    public boolean exempt(OpenSession s) {
        String u = s.user().toLowerCase(Locale.ROOT);
        return u.equals(monitorUser.toLowerCase(Locale.ROOT)) || excludedUsers.contains(u);
    }

    public List<OpenSession> due(List<OpenSession> sessions) {
        List<OpenSession> out = new ArrayList<>();
        for (OpenSession s : sessions) {
            if (exempt(s) || !(LogoffTarget.isTty(s.session()) || LogoffTarget.isWindowsId(s.session()))) {
                continue;
            }
            if (s.idleLongerThan(minutes * 60L)) {
                out.add(s);
            }
        }
        return out;
    }

    /** "alice, bob" from what an admin typed (commas, blanks or new lines between names). */
    public static Set<String> parseUsers(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        Set<String> out = new java.util.TreeSet<>();
        for (String w : text.split("[,\\s]+")) {
            if (!w.isBlank()) {
                out.add(w.trim());
            }
        }
        return out;
    }
}
