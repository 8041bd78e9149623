package org.psmm.core.logs;

/**
 * The part a syslog daemon or the journal puts before a program's message: timestamp, host, program
 * and pid. Reads RFC 3164 ({@code Mmm dd HH:MM:SS host prog[pid]: msg}, host optional, as rsyslog's
 * default and Debian's auth.log), rsyslog's high-precision ISO stamps, RFC 5424
 * ({@code <pri>1 ts host app procid msgid [sd] msg}) and Solaris' {@code [ID n facility.level]} tag.
 *
 * @param time         the stamp (may be null in RFC 5424, whose nil stamp is "-")
 * @param host         the host name, or null where the line has none
 * @param program      the program name ({@code sshd}, {@code sshd-session}, {@code vsftpd}, ...)
 * @param pid          the process id as written, or null
 * @param messageStart the index of the message in the line
 */
record SyslogEnvelope(LineTime time, String host, String program, String pid, int messageStart) {

    /** The envelope of a line, or null where the line does not start with one. */
    static SyslogEnvelope parse(String s) {
        if (s.isEmpty()) {
            return null;
        }
        int p = 0;
        if (s.charAt(0) == '<') {
            int close = s.indexOf('>');
            if (close < 2 || close > 4) {
                return null;
            }
            p = close + 1;
            if (Timestamps.at(s, p, '1') && Timestamps.at(s, p + 1, ' ')) {
                return rfc5424(s, p + 2);
            }
        }
        LineTime time = Timestamps.digit(s, p) >= 0 ? Timestamps.iso(s, p) : Timestamps.syslog(s, p);
        if (time == null || !Timestamps.at(s, time.end(), ' ')) {
            return null;
        }
        int start = time.end() + 1;
        int space = s.indexOf(' ', start);
        if (space < 0) {
            return null;
        }
        String host = null;
        if (!looksLikeTag(s, start, space)) {
            host = s.substring(start, space);
            start = space + 1;
            space = s.indexOf(' ', start);
            if (space < 0 || !looksLikeTag(s, start, space)) {
                return null;
            }
        }
        return tag(s, time, host, start, space);
    }

    /** Whether s[from, to) reads as {@code prog:}, {@code prog[pid]:}, {@code prog[pid]} or {@code [prog]}. */
    private static boolean looksLikeTag(String s, int from, int to) {
        if (to <= from) {
            return false;
        }
        char last = s.charAt(to - 1);
        return last == ':' || last == ']' && (s.charAt(from) == '[' || s.lastIndexOf('[', to) > from);
    }

    private static SyslogEnvelope tag(String s, LineTime time, String host, int from, int space) {
        int end = s.charAt(space - 1) == ':' ? space - 1 : space;
        String program;
        String pid = null;
        if (s.charAt(from) == '[') {
            program = s.substring(from + 1, end - 1);
        } else {
            int nameEnd = from;
            while (nameEnd < end && s.charAt(nameEnd) != '[' && s.charAt(nameEnd) != '(') {
                nameEnd++;
            }
            program = s.substring(from, nameEnd);
            int open = s.lastIndexOf('[', end);
            if (open >= from && s.charAt(end - 1) == ']') {
                pid = s.substring(open + 1, end - 1);
            }
        }
        return new SyslogEnvelope(time, host, program, pid, skipSolarisId(s, space + 1));
    }

    /** RFC 5424: {@code ts host app procid msgid sd msg}, every header field possibly "-". */
    private static SyslogEnvelope rfc5424(String s, int p) {
        LineTime time = null;
        if (Timestamps.at(s, p, '-')) {
            p++;
        } else {
            time = Timestamps.iso(s, p);
            if (time == null) {
                return null;
            }
            p = time.end();
        }
        String[] fields = new String[3];
        for (int f = 0; f < 4; f++) {
            if (!Timestamps.at(s, p, ' ')) {
                return null;
            }
            int next = s.indexOf(' ', p + 1);
            if (next < 0) {
                return null;
            }
            if (f < 3) {
                fields[f] = s.substring(p + 1, next);
            }
            p = next;
        }
        p = skipStructuredData(s, p + 1);
        if (p < 0) {
            return null;
        }
        if (Timestamps.at(s, p, ' ')) {
            p++;
        }
        if (Timestamps.at(s, p, '\uFEFF')) {
            p++;
        }
        String host = "-".equals(fields[0]) ? null : fields[0];
        String pid = "-".equals(fields[2]) ? null : fields[2];
        return new SyslogEnvelope(time, host, fields[1], pid, p);
    }

    /** Past "-" or a run of {@code [id k="v" ...]} elements (quoted values may hold "]"), or -1. */
    private static int skipStructuredData(String s, int p) {
        if (Timestamps.at(s, p, '-')) {
            return p + 1;
        }
        if (!Timestamps.at(s, p, '[')) {
            return -1;
        }
        while (Timestamps.at(s, p, '[')) {
            p++;
            boolean quoted = false;
            while (p < s.length()) {
                char c = s.charAt(p);
                if (quoted && c == '\\') {
                    p += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == ']' && !quoted) {
                    break;
                }
                p++;
            }
            if (p >= s.length()) {
                return -1;
            }
            p++;
        }
        return p;
    }

    private static int skipSolarisId(String s, int p) {
        if (s.startsWith("[ID ", p)) {
            int close = s.indexOf("] ", p);
            if (close > 0 && close - p < 64) {
                return close + 2;
            }
        }
        return p;
    }

    /** Whether the program is {@code name} or a variant of it ({@code sshd-session} for sshd). */
    boolean programStartsWith(String name) {
        return program.startsWith(name);
    }
}
