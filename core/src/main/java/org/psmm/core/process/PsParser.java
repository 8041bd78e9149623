package org.psmm.core.process;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the metrics script's {@code ps} section. Each line is split into at most 8 fields: the
 * last one, the process name, may hold blanks (and anything else its owner chose). Lines that do
 * not have the shape are skipped, never guessed.
 */
public final class PsParser {

    private static final int FIELDS = 8;

    private PsParser() {
    }

    public static List<ProcessSample> parse(String text) {
        List<ProcessSample> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            String[] f = line.strip().split("\\s+", FIELDS);
            if (f.length < FIELDS) {
                continue;
            }
            try {
                out.add(new ProcessSample(Integer.parseInt(f[0]), f[1], Long.parseLong(f[2]), times(f[3]),
                        Long.parseLong(f[4]), f[5], f[6], f[7]));
            } catch (NumberFormatException e) {
                // not a ps line
            }
        }
        return out;
    }

    /** ps's {@code times}: seconds of CPU, an integer. */
    private static long times(String s) {
        return Long.parseLong(s);
    }
}
