package org.psmm.core.logs;

/**
 * Recognises the client addresses servers write (IPv4, IPv6, IPv4-mapped IPv6, host names) by their
 * characters alone: no {@code InetAddress}, which could start a DNS lookup on a name read from a log.
 */
final class ClientAddresses {

    private static final int MAX_HOST_NAME = 253;

    private ClientAddresses() {
    }

    /** The end of a dotted-quad IPv4 address starting at i (octets 0..255, 1..3 digits), or -1. */
    static int ipv4End(RawLine s, int i) {
        int p = i;
        for (int octet = 0; octet < 4; octet++) {
            if (octet > 0) {
                if (!Timestamps.at(s, p, '.')) {
                    return -1;
                }
                p++;
            }
            int value = 0;
            int start = p;
            for (int d = Timestamps.digit(s, p); d >= 0 && p - start < 3; d = Timestamps.digit(s, p)) {
                value = value * 10 + d;
                p++;
            }
            if (p == start || value > 255) {
                return -1;
            }
        }
        // "1.2.3.4" inside "1.2.3.45" or "1.2.3.4.5" is not an address.
        return p < s.length() && (Timestamps.digit(s, p) >= 0 || s.charAt(p) == '.' && Timestamps.digit(s, p + 1) >= 0)
                ? -1 : p;
    }

    /**
     * The end of the longest IPv6 address starting at i (with "::" compression and an optional trailing
     * IPv4 part), or -1. A longer run of address characters is cut at a colon: "::1:51548" gives "::1".
     */
    static int ipv6End(RawLine s, int i) {
        int p = i;
        int colons = 0;
        int limit = Math.min(s.length(), i + 46);
        while (p < limit) {
            char c = s.charAt(p);
            if (c == ':') {
                colons++;
            } else if (!isV6Char(c)) {
                break;
            }
            p++;
        }
        if (colons < 2) {
            return -1;
        }
        for (int end = p; end > i + 1; end = s.lastIndexOf(':', end - 1)) {
            if (isIpv6(s, i, end)) {
                return end;
            }
            if (end - 1 > i && s.charAt(end - 1) == ':' && isIpv6(s, i, end - 1)) {
                return end - 1;
            }
        }
        return -1;
    }

    private static boolean isV6Char(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' || c == ':' || c == '.';
    }

    /** Whether s[from, to) is an IPv6 address. */
    static boolean isIpv6(RawLine s, int from, int to) {
        int groups = 0;
        boolean compressed = false;
        int p = from;
        if (to - from < 2) {
            return false;
        }
        if (s.charAt(p) == ':') {
            if (s.charAt(p + 1) != ':') {
                return false;
            }
            compressed = true;
            p += 2;
            if (p == to) {
                return true;
            }
        }
        while (p < to) {
            int start = p;
            while (p < to && p - start < 5 && isHex(s.charAt(p))) {
                p++;
            }
            if (p < to && s.charAt(p) == '.') {
                // Embedded IPv4: must be the last part.
                int end = ipv4End(s, start);
                if (end != to) {
                    return false;
                }
                groups += 2;
                p = to;
                break;
            }
            int len = p - start;
            if (len == 0 || len > 4) {
                return false;
            }
            groups++;
            if (p == to) {
                break;
            }
            if (s.charAt(p) != ':') {
                return false;
            }
            p++;
            if (p < to && s.charAt(p) == ':') {
                if (compressed) {
                    return false;
                }
                compressed = true;
                p++;
                if (p == to) {
                    break;
                }
            } else if (p == to) {
                return false;
            }
        }
        return compressed ? groups <= 7 : groups == 8;
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    /** The end of an IPv4 or IPv6 address at i, or -1. */
    static int addressEnd(RawLine s, int i) {
        int v4 = ipv4End(s, i);
        // No IPv6 address starts with a dotted quad: the common case ends here.
        return v4 >= 0 ? v4 : ipv6End(s, i);
    }

    /**
     * The end of a host name at i: letters, digits, '.', '-', '_' (at least one letter, at most 253
     * characters), or -1. Used only where a server writes a resolved name instead of an address.
     */
    static int hostNameEnd(RawLine s, int i) {
        int p = i;
        boolean letter = false;
        while (p < s.length() && p - i <= MAX_HOST_NAME) {
            char c = s.charAt(p);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                letter = true;
            } else if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '_')) {
                break;
            }
            p++;
        }
        return letter && p > i && p - i <= MAX_HOST_NAME ? p : -1;
    }

    /** The end of an address or, failing that, of a host name at i, or -1. */
    static int addressOrHostEnd(RawLine s, int i) {
        int a = addressEnd(s, i);
        if (a >= 0) {
            int h = hostNameEnd(s, i);
            // "2001:db8::1" is an address; "1.2.3.4.example.com" is a name.
            return h > a && s.charAt(a) == '.' ? h : a;
        }
        return hostNameEnd(s, i);
    }

    /** Whether the whole string is an IPv4 or IPv6 address. */
    static boolean isAddress(String s) {
        RawLine line = RawLine.of(s);
        return !line.isEmpty() && addressEnd(line, 0) == line.length();
    }

    /** The address as PSMM stores it: brackets removed, {@code ::ffff:a.b.c.d} reduced to a.b.c.d. */
    static String normalize(String address) {
        String a = address;
        if (a.length() > 2 && a.charAt(0) == '[' && a.charAt(a.length() - 1) == ']') {
            a = a.substring(1, a.length() - 1);
        }
        if (a.length() > 7 && a.charAt(0) == ':' && a.regionMatches(true, 0, "::ffff:", 0, 7) && a.indexOf('.') > 0
                && ipv4End(RawLine.of(a), 7) == a.length()) {
            return a.substring(7);
        }
        return a;
    }
}
