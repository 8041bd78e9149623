package org.psmm.core.notify;

/**
 * Text from a log, a device or a feed made safe for a plain-text line (a mail's text part, a
 * one-line summary): a control character (CR, LF, ESC...) could start a forged line or drive a
 * terminal, so each becomes a space.
 */
public final class PlainText {

    private PlainText() {
    }

    /** {@code s} with every control character a space; null is "". */
    public static String withoutControls(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(Character.isISOControl(c) ? ' ' : c);
        }
        return out.toString();
    }
}
