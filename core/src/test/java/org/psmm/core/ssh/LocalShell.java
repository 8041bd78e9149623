package org.psmm.core.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command line through a real local shell exactly as sshd does ({@code shell -c LINE}),
 * the line handed over as UTF-8 bytes on stdin so the JVM's locale cannot alter it.
 */
final class LocalShell {

    private LocalShell() {
    }

    /**
     * Runs {@code line} with {@code shell} and returns the words it printed, the line being
     * expected to print NUL-terminated words ({@code printf '%s\0' ...}).
     */
    static List<String> words(String shell, String line) throws IOException, InterruptedException {
        // The outer shell reads `exec sh -c "$(cat)"`-style input would re-quote; instead we
        // pass the line as the script read from stdin: same parsing as "sh -c LINE".
        Process process = new ProcessBuilder(shell, "-s").redirectErrorStream(false).start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(line.getBytes(StandardCharsets.UTF_8));
            in.write('\n');
        }
        byte[] out;
        byte[] err;
        try (InputStream stdout = process.getInputStream(); InputStream stderr = process.getErrorStream()) {
            out = stdout.readAllBytes();
            err = stderr.readAllBytes();
        }
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(shell + " did not finish");
        }
        assertEquals(0, process.exitValue(),
                () -> shell + " failed: " + new String(err, StandardCharsets.UTF_8));
        List<String> words = new ArrayList<>();
        ByteArrayOutputStream word = new ByteArrayOutputStream();
        for (byte b : out) {
            if (b == 0) {
                words.add(word.toString(StandardCharsets.UTF_8));
                word.reset();
            } else {
                word.write(b);
            }
        }
        assertEquals(0, word.size(), "output did not end with NUL");
        return words;
    }
}
