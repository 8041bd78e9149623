package org.psmm.core.logs;

/**
 * pam_unix's {@code authentication failure; logname= uid= euid= tty= ruser=R rhost=H  user=U}, shared
 * by every PAM-using server (sshd, vsftpd, wu-ftpd...).
 *
 * <p>R (PAM_RUSER: vsftpd puts the typed login name there) and U are attacker-controlled and sit on
 * both sides of the address, so a name like {@code x rhost=6.6.6.6} can forge a second {@code rhost=}.
 * Only R can be the client's text in practice: pam_unix writes U only for an existing account (a
 * name without blank), and vsftpd refuses names with blanks before PAM. So the address taken is the
 * last {@code rhost=} followed by the end of the line (or {@code [preauth]}), or by {@code user=} and
 * a name without blank, where R is empty, U is absent, or R equals U (one login name written twice).
 *
 * @param rhost the client address or host name, as logged
 * @param user  U, else R, else null
 */
record PamAuthFailure(String rhost, String user) {

    static final String MARKER = "authentication failure; logname=";

    /**
     * The index of {@link #MARKER} where it starts the message at {@code m} — bare, after
     * {@code (pam_unix) } or after {@code pam_unix(service:auth): } — else -1: the marker quoted later
     * in a line (in a logged FTP command, say) is the client's text.
     */
    static int markerAt(RawLine s, int m) {
        if (s.startsWith(MARKER, m)) {
            return m;
        }
        if (s.startsWith("(pam_unix) " + MARKER, m)) {
            return m + 11;
        }
        if (s.startsWith("pam_unix(", m)) {
            int close = s.indexOf("): ", m);
            if (close > 0 && close - m < 64 && s.indexOf(' ', m) == close + 2 && s.startsWith(MARKER, close + 3)) {
                return close + 3;
            }
        }
        return -1;
    }

    /** Parses from {@code from}, the index of {@link #MARKER} in s; null if the fields do not fit. */
    static PamAuthFailure parse(RawLine s, int from) {
        int ruser = s.indexOf(" ruser=", from);
        if (ruser < 0) {
            return null;
        }
        int ruserStart = ruser + 7;
        // From the end: what follows the real address is pam_unix's own (nothing, or user= and an
        // account name), so no forged "rhost=" can come after it.
        for (int c = s.lastIndexOf(" rhost="); c >= ruser + 6; c = s.lastIndexOf(" rhost=", c - 1)) {
            int a = c + 7;
            int end = ClientAddresses.addressOrHostEnd(s, a);
            if (end < 0) {
                continue;
            }
            String user = null;
            if (end < s.length()) {
                int p = end;
                while (p < s.length() && s.charAt(p) == ' ') {
                    p++;
                }
                if (p == end) {
                    continue;
                }
                if (s.startsWith("user=", p)) {
                    user = s.substring(p + 5);
                    if (user.endsWith(" [preauth]")) {
                        user = user.substring(0, user.length() - 10);
                    }
                    if (user.indexOf(' ') >= 0) {
                        // pam_unix writes user= only for an existing account, whose name has no blank:
                        // this "user=" is the client's text, and so is this "rhost=".
                        continue;
                    }
                } else if (p < s.length() && !(s.startsWith("[preauth]", p) && p + 9 == s.length())) {
                    continue;
                }
            }
            String ruserValue = c > ruserStart ? s.substring(ruserStart, c) : "";
            if (ruserValue.isEmpty() || user == null || ruserValue.equals(user)) {
                String who = user != null && !user.isEmpty() ? user : ruserValue.isEmpty() ? null : ruserValue;
                return new PamAuthFailure(s.substring(a, end), who);
            }
        }
        return null;
    }
}
