package org.psmm.core.updates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what {@code apt-get -s upgrade} and the reboot check print. The server is not trusted:
 * a line that does not look exactly like apt's is skipped and counted, never kept.
 */
public final class AptOutput {

    /**
     * {@code Inst NAME [FROM] (TO ORIGIN [ARCH])}: a simulated upgrade of an installed package.
     * A new install ({@code Inst NAME (TO ...)}, no "[FROM]") is not an upgrade and is skipped;
     * a trailing "[...]" lists packages broken meanwhile.
     */
    private static final Pattern INST = Pattern.compile("^Inst (\\S+) \\[(\\S+)\\] \\((\\S+) [^)]*\\)( \\[.*\\])?$");

    private AptOutput() {
    }

    /** What a simulation said: the packages apt would upgrade, and lines that looked wrong. */
    public record Simulation(List<UpgradablePackage> packages, int rejectedLines) {
        public Simulation {
            packages = List.copyOf(packages);
        }
    }

    /** The upgrades in the output of {@code apt-get -s upgrade}, in apt's order, each once. */
    public static Simulation simulatedUpgrades(String output) {
        Map<String, UpgradablePackage> found = new LinkedHashMap<>();
        int rejected = 0;
        for (String line : output.split("\n")) {
            String l = line.stripTrailing();
            if (!l.startsWith("Inst ")) {
                continue;
            }
            Matcher m = INST.matcher(l);
            if (!m.matches()) {
                if (!l.matches("^Inst \\S+ \\(.*")) { // a new dependency, not an upgrade
                    rejected++;
                }
                continue;
            }
            if (UpgradablePackage.isName(m.group(1)) && UpgradablePackage.isVersion(m.group(2))
                    && UpgradablePackage.isVersion(m.group(3))) {
                found.putIfAbsent(m.group(1), new UpgradablePackage(m.group(1), m.group(2), m.group(3)));
            } else {
                rejected++;
            }
        }
        return new Simulation(new ArrayList<>(found.values()), rejected);
    }

    /** What the reboot check printed: whether a reboot is required and which packages asked. */
    public record RebootState(boolean required, List<String> packages) {
        public RebootState {
            packages = List.copyOf(packages);
        }
    }

    /**
     * The output of {@link UpdateCommands#REBOOT_CHECK}: "yes" or "no" on the first line, then
     * the lines of {@code reboot-required.pkgs}; names that are not package names are dropped.
     */
    public static RebootState rebootState(String output) {
        String[] lines = output.split("\n");
        boolean required = lines.length > 0 && lines[0].strip().equals("yes");
        List<String> packages = new ArrayList<>();
        for (int i = 1; i < lines.length && required; i++) {
            String name = lines[i].strip();
            if (UpgradablePackage.isName(name) && !packages.contains(name) && packages.size() < 100) {
                packages.add(name);
            }
        }
        return new RebootState(required, packages);
    }

    /**
     * The last {@code maxChars} characters of an output, cut at a line start, with control
     * characters other than newline and tab removed (apt's progress uses \r and escapes).
     */
    public static String tail(String output, int maxChars) {
        StringBuilder clean = new StringBuilder(output.length());
        output.codePoints().forEach(c -> {
            if (c == '\n' || c == '\t' || (c >= 0x20 && c != 0x7f && !(c >= 0x80 && c < 0xa0))) {
                clean.appendCodePoint(c);
            } else if (c == '\r') {
                clean.append('\n');
            }
        });
        String text = clean.toString().replaceAll("\n{2,}", "\n").strip();
        if (text.length() <= maxChars) {
            return text;
        }
        String cut = text.substring(text.length() - maxChars);
        int nl = cut.indexOf('\n');
        return "…\n" + (nl >= 0 && nl < cut.length() - 1 ? cut.substring(nl + 1) : cut);
    }
}
