package org.psmm.core.ssh;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Strings that break naive command building: shell syntax, quotes, control characters, Unicode. */
final class HostileStrings {

    private HostileStrings() {
    }

    static List<String> fixed() {
        List<String> all = new ArrayList<>(List.of(
                "", " ", "  ", "'", "''", "'''", "\"", "\\", "\\'", "'\\''", "'\"'\"'",
                "$(id)", "`id`", "${HOME}", "$HOME", "$0", "$1", "$@", "$*", "$#", "$?", "$$", "$",
                "; rm -rf /tmp/psmm-never", "&& echo pwned", "|| echo pwned", "| cat", "&", "a & b",
                "a\nb", "\n", "\r\n", "\t", "\u000b\u000c", "a\u0001b\u001fc\u007f",
                "*", "?", "[a-z]*", "/*", "~", "~root", "~/x", "-n", "--", "-e", "-", "--help",
                "%s", "%n%n%n", "\\0", "\\n", "!!", "!$", "!-1", "#comment", "a #b",
                "a b  c", "é", "日本語", "😀", "naïve café", "\u202e\u200b", "\u00a0",
                "'; echo pwned; '", "\"; echo pwned; \"", "$'\\x41'", "{a,b}", "a{1..3}",
                "> /tmp/psmm-never", "< /etc/passwd", "2>&1", "(", ")", "((1))", "\\\n",
                "'$(id)'", "\"$(id)\"", "$(echo 'x')", "=", "a=b", "IFS=x", "PATH=/nowhere",
                "\u0080\u00ff", "x'y'z'", "trailing\\", "trailing'"));
        all.add("a".repeat(10_000) + "'" + "b".repeat(5_000));
        all.add("'".repeat(2_000));
        return all;
    }

    /** Random strings over printable ASCII, controls, quotes and multi-byte characters. */
    static List<String> random(long seed, int count) {
        String alphabet = "abc XYZ019'\"\\$`!#&|;<>(){}[]*?~-=%^\t\n\r\u0001\u001b\u007féß日本😀\u202e";
        int[] points = alphabet.codePoints().toArray();
        Random random = new Random(seed);
        List<String> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(40);
            for (int j = 0; j < length; j++) {
                s.appendCodePoint(points[random.nextInt(points.length)]);
            }
            all.add(s.toString());
        }
        return all;
    }
}
