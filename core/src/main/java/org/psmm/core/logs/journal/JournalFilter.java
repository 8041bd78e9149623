package org.psmm.core.logs.journal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which journal entries a source reads: one or more units ({@code ssh.service}, passed as
 * {@code journalctl -u}) or one or more syslog identifiers ({@code sshd,sshd-session}, passed as
 * {@code -t}). The text is data typed by an admin that ends up on a remote command line, so it is
 * checked strictly: names of systemd's own character set only, never starting with '-', at most
 * {@value #MAX_NAMES} of them, units and identifiers never mixed (journalctl would AND them).
 */
public record JournalFilter(Kind kind, List<String> names) {

    /** How a name is matched. */
    public enum Kind {
        /** {@code _SYSTEMD_UNIT} (journalctl {@code -u}). */
        UNIT,
        /** {@code SYSLOG_IDENTIFIER} (journalctl {@code -t}). */
        IDENTIFIER
    }

    public static final int MAX_NAMES = 8;
    public static final int MAX_LENGTH = 255;

    /** systemd's unit name characters ({@code unit_name_is_valid}) and a unit type suffix. */
    private static final Pattern UNIT = Pattern.compile(
            "[A-Za-z0-9_:.\\\\@-]{1,200}\\.(service|socket|scope|slice|target|timer|mount|path|swap|device|automount)");
    /** What daemons use as their syslog identifier: a program name, never an option. */
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.@+-]{0,63}");

    public JournalFilter {
        names = List.copyOf(names);
    }

    /**
     * Reads {@code ssh.service}, {@code sshd, sshd-session} or {@code mariadbd}: names separated by
     * commas or blanks, all units or all identifiers.
     *
     * @throws IllegalArgumentException with a message an admin understands
     */
    public static JournalFilter parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a journal filter is required: a unit such as ssh.service or "
                    + "syslog identifiers such as sshd,sshd-session");
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a journal filter has at most " + MAX_LENGTH + " characters");
        }
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (String word : text.trim().split("[,\\s]+")) {
            if (!word.isEmpty()) {
                names.add(word);
            }
        }
        if (names.isEmpty() || names.size() > MAX_NAMES) {
            throw new IllegalArgumentException("a journal filter names 1 to " + MAX_NAMES + " units or identifiers");
        }
        Kind kind = null;
        for (String name : names) {
            Kind k = UNIT.matcher(name).matches() ? Kind.UNIT
                    : IDENTIFIER.matcher(name).matches() ? Kind.IDENTIFIER : null;
            if (k == null) {
                throw new IllegalArgumentException("not a unit (name.service) nor a syslog identifier: "
                        + printable(name) + " (letters, digits and _ . @ + - only, not starting with -)");
            }
            if (kind != null && k != kind) {
                throw new IllegalArgumentException("a journal filter names units or syslog identifiers, not both");
            }
            kind = k;
        }
        return new JournalFilter(kind, new ArrayList<>(names));
    }

    /** The journalctl options that select these entries. */
    public List<String> arguments() {
        List<String> args = new ArrayList<>();
        for (String name : names) {
            args.add(kind == Kind.UNIT ? "--unit=" + name : "--identifier=" + name);
        }
        return args;
    }

    /** The canonical text: names joined by commas. */
    @Override
    public String toString() {
        return String.join(",", names);
    }

    private static String printable(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length() && i < 64; i++) {
            char c = s.charAt(i);
            out.append(c < 0x20 || c == 0x7f ? '?' : c);
        }
        return out.toString();
    }
}
