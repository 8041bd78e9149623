package org.psmm.core.snmp;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * What a device reports as text (sysDescr, sysLocation, ifAlias, interface names) is whatever
 * bytes its owner or an attacker put there: decoded as UTF-8 when it is UTF-8, else as Latin-1
 * (older devices), control characters replaced, cut to a length a column holds. Escaping for a
 * page, a chart or a mail is the renderer's job; this only makes it text.
 */
public final class SnmpText {

    private SnmpText() {
    }

    public static String decode(byte[] raw, int maxLength) {
        if (raw == null) {
            return null;
        }
        int end = raw.length;
        while (end > 0 && raw[end - 1] == 0) {
            end--; // C strings with their terminator (some printers)
        }
        String s;
        try {
            s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw, 0, end)).toString();
        } catch (CharacterCodingException e) {
            s = new String(raw, 0, end, StandardCharsets.ISO_8859_1);
        }
        StringBuilder out = new StringBuilder(Math.min(s.length(), maxLength));
        for (int i = 0; i < s.length() && out.length() < maxLength; i++) {
            char c = s.charAt(i);
            if (c == '\r' || c == '\n' || c == '\t') {
                out.append(' ');
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                out.append('\uFFFD');
            } else if (Character.isHighSurrogate(c) && out.length() == maxLength - 1) {
                break; // never cut a pair in two
            } else {
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    /** A MAC address (6 bytes, or 8 for EUI-64) as aa:bb:cc:dd:ee:ff; null for none (loopback, tunnels). */
    public static String mac(byte[] raw) {
        if (raw == null || raw.length == 0 || raw.length > 20) {
            return null;
        }
        boolean zero = true;
        StringBuilder out = new StringBuilder(raw.length * 3);
        for (byte b : raw) {
            zero &= b == 0;
            if (out.length() > 0) {
                out.append(':');
            }
            out.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return zero ? null : out.toString();
    }
}
