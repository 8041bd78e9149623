package org.psmm.core.logs;

/**
 * The part a syslog daemon or the journal puts before a program's message: timestamp, host, program
 * and pid. Reads RFC 3164 ({@code Mmm dd HH:MM:SS host prog[pid]: msg}, host optional, as rsyslog's
 * default and Debian's auth.log), rsyslog's high-precision ISO stamps, RFC 5424
 * ({@code <pri>1 ts host app procid msgid [sd] msg}) and Solaris' {@code [ID n facility.level]} tag.
 *
 * <p>Keeps indices into the line rather than substrings: most lines are only asked for their
 * program and where their message starts.
 */
final class SyslogEnvelope {

    private final RawLine line;
    private final LineTime time;
    private final int hostStart;
    private final int hostEnd;
    private final int programStart;
    private final int programEnd;
    private final int pidStart;
    private final int pidEnd;
    private final int messageStart;

    private SyslogEnvelope(RawLine line, LineTime time, int hostStart, int hostEnd, int programStart, int programEnd,
                           int pidStart, int pidEnd, int messageStart) {
        this.line = line;
        this.time = time;
        this.hostStart = hostStart;
        this.hostEnd = hostEnd;
        this.programStart = programStart;
        this.programEnd = programEnd;
        this.pidStart = pidStart;
        this.pidEnd = pidEnd;
        this.messageStart = messageStart;
    }

    /** The stamp (null in RFC 5424 where the stamp is "-"). */
    LineTime time() {
        return time;
    }

    /** The index of the message in the line. */
    int messageStart() {
        return messageStart;
    }

    /** Whether the program is {@code name} or a variant of it ({@code sshd-session} for sshd). */
    boolean programStartsWith(String name) {
        return programEnd - programStart >= name.length() && line.startsWith(name, programStart);
    }

    /** The program name as written (for {@code vsftpd(pam_unix)}, all of it). */
    String program() {
        return line.substring(programStart, programEnd);
    }

    boolean programIs(String name) {
        return programEnd - programStart == name.length() && line.startsWith(name, programStart);
    }

    /** "host prog[pid]" as written: one process of one host; null where the line names no pid. */
    String processKey() {
        return pidStart < 0 ? null : line.substring(hostStart < 0 ? programStart : hostStart, pidEnd);
    }

    /** The envelope of a line, or null where the line does not start with one. */
    static SyslogEnvelope parse(RawLine s) {
        return parse(s, null);
    }

    /**
     * The stamp a syslog line starts with at p: rsyslog's ISO form or RFC 3164's (with the fraction
     * {@code journalctl -o short-precise} adds); null if neither.
     */
    static LineTime readStamp(RawLine s, int p) {
        if (Timestamps.digit(s, p) >= 0) {
            return Timestamps.iso(s, p);
        }
        LineTime t = Timestamps.syslog(s, p);
        if (t != null && Timestamps.at(s, t.end(), '.') && Timestamps.digit(s, t.end() + 1) >= 0) {
            int q = t.end() + 1;
            while (Timestamps.digit(s, q) >= 0) {
                q++;
            }
            t = t.withEnd(q);
        }
        return t;
    }

    /** As {@link #parse(String)}, reading the stamp through a parser's cache. */
    static SyslogEnvelope parse(RawLine s, StampCache stamps) {
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
        LineTime time = stamps != null ? stamps.read(s, p) : readStamp(s, p);
        if (time == null || !Timestamps.at(s, time.end(), ' ')) {
            return null;
        }
        int start = time.end() + 1;
        int space = s.indexOf(' ', start);
        if (space < 0) {
            return null;
        }
        int hostStart = -1;
        int hostEnd = -1;
        if (!looksLikeTag(s, start, space)) {
            hostStart = start;
            hostEnd = space;
            start = space + 1;
            space = s.indexOf(' ', start);
            if (space < 0 || !looksLikeTag(s, start, space)) {
                return null;
            }
        }
        return tag(s, time, hostStart, hostEnd, start, space);
    }

    /** Whether s[from, to) reads as {@code prog:}, {@code prog[pid]:}, {@code prog[pid]} or {@code [prog]}. */
    private static boolean looksLikeTag(RawLine s, int from, int to) {
        if (to <= from) {
            return false;
        }
        char last = s.charAt(to - 1);
        return last == ':' || last == ']' && (s.charAt(from) == '[' || s.lastIndexOf('[', to) > from);
    }

    private static SyslogEnvelope tag(RawLine s, LineTime time, int hostStart, int hostEnd, int from, int space) {
        int end = s.charAt(space - 1) == ':' ? space - 1 : space;
        int programStart;
        int programEnd;
        int pidStart = -1;
        int pidEnd = -1;
        if (s.charAt(from) == '[') {
            programStart = from + 1;
            programEnd = end - 1;
        } else {
            int nameEnd = from;
            while (nameEnd < end && s.charAt(nameEnd) != '[' && s.charAt(nameEnd) != '(') {
                nameEnd++;
            }
            programStart = from;
            programEnd = nameEnd;
            int open = s.lastIndexOf('[', end);
            if (open >= from && s.charAt(end - 1) == ']') {
                pidStart = open + 1;
                pidEnd = end - 1;
            }
        }
        if (programEnd < programStart) {
            return null;
        }
        return new SyslogEnvelope(s, time, hostStart, hostEnd, programStart, programEnd, pidStart, pidEnd,
                skipSolarisId(s, space + 1));
    }

    /** RFC 5424: {@code ts host app procid msgid sd msg}, every header field possibly "-". */
    private static SyslogEnvelope rfc5424(RawLine s, int p) {
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
        int[] starts = new int[3];
        int[] ends = new int[3];
        for (int f = 0; f < 4; f++) {
            if (!Timestamps.at(s, p, ' ')) {
                return null;
            }
            int next = s.indexOf(' ', p + 1);
            if (next < 0) {
                return null;
            }
            if (f < 3) {
                starts[f] = p + 1;
                ends[f] = next;
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
        boolean noHost = ends[0] - starts[0] == 1 && s.charAt(starts[0]) == '-';
        boolean noPid = ends[2] - starts[2] == 1 && s.charAt(starts[2]) == '-';
        return new SyslogEnvelope(s, time, noHost ? -1 : starts[0], noHost ? -1 : ends[0], starts[1], ends[1],
                noPid ? -1 : starts[2], noPid ? -1 : ends[2], p);
    }

    /** Past "-" or a run of {@code [id k="v" ...]} elements (quoted values may hold "]"), or -1. */
    private static int skipStructuredData(RawLine s, int p) {
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

    private static int skipSolarisId(RawLine s, int p) {
        if (s.startsWith("[ID ", p)) {
            int close = s.indexOf("] ", p);
            if (close > 0 && close - p < 64) {
                return close + 2;
            }
        }
        return p;
    }
}
