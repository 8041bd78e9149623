package org.psmm.core.logcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A big plain file read by several threads gives exactly what one thread gives. */
class PartedScanTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static final class Run {
        final String out;
        final String err;
        final int status;

        Run(String out, String err, int status) {
            this.out = out;
            this.err = err;
            this.status = status;
        }
    }

    private static Run run(int threads, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new LogCheckCommand(NOW, ZoneOffset.UTC, threads)
                .run(args, out, new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status);
    }

    /** The summary lines without the timing, which differs between runs. */
    private static String counts(String err) {
        return err.replaceAll(", [0-9.]+ s, [0-9]+ lines/s", "");
    }

    private static void assertSameAsOneThread(String... args) {
        Run one = run(1, args);
        for (int threads : new int[] {2, 3}) {
            Run many = run(threads, args);
            assertEquals(one.status, many.status);
            assertEquals(counts(one.err), counts(many.err));
            assertEquals(one.out, many.out, "output with " + threads + " threads");
        }
    }

    /**
     * Lines of every length around the part size, so that parts start inside lines, right after an
     * LF, on a CR of a CRLF; lines over 64 KiB (cut and skipped), one longer than a whole part, and
     * a last line without LF.
     */
    private Path bigVsftpdLog() throws IOException {
        Path log = dir.resolve("vsftpd.log");
        try (OutputStream out = Files.newOutputStream(log)) {
            byte[] longLine = new byte[70_000];
            Arrays.fill(longLine, (byte) 'x');
            byte[] wholePart = new byte[(int) PartedScan.PART_BYTES + 5000];
            Arrays.fill(wholePart, (byte) 'y');
            long written = 0;
            for (int i = 0; written < 5 * PartedScan.PART_BYTES; i++) {
                String clock = String.format("%02d:%02d:%02d", i / 3600 % 24, i / 60 % 60, i % 60);
                String ip = "10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255);
                String line;
                switch (i % 7) {
                    case 0:
                        line = "Mon Nov 23 " + clock + " 2026 [pid " + i + "] CONNECT: Client \"" + ip + "\"\n";
                        break;
                    case 1:
                        line = "Mon Nov 23 " + clock + " 2026 [pid " + i + "] [us er" + "\u00e9".repeat(i % 13)
                                + "] FAIL LOGIN: Client \"" + ip + "\"\r\n";
                        break;
                    case 2:
                        line = "Mon Nov 23 " + clock + " 2026 [pid " + i + "] [u" + "z".repeat(i % 101)
                                + "] FAIL LOGIN: Client \"::ffff:" + ip + "\"\n";
                        break;
                    case 3:
                        line = "Mon Nov 23 " + clock + " 2026 [pid " + i + "] [ftp] OK LOGIN: Client \"" + ip + "\"\n";
                        break;
                    default:
                        line = "Mon Nov 23 " + clock + " 2026 [pid " + i + "] [x" + i + "] FAIL LOGIN: Client \""
                                + ip + "\"\n";
                        break;
                }
                byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
                out.write(bytes);
                written += bytes.length;
                if (i % 20_011 == 5) {
                    out.write(longLine);
                    out.write('\n');
                    written += longLine.length + 1;
                }
                if (i == 30_000) {
                    out.write(wholePart);
                    out.write('\n');
                    written += wholePart.length + 1;
                }
            }
            out.write("Mon Nov 23 23:59:59 2026 [pid 1] [last] FAIL LOGIN: Client \"192.0.2.9\"".getBytes(StandardCharsets.UTF_8));
        }
        return log;
    }

    @Test
    void sameFailuresLinesAndOrderAsOneThread() throws IOException {
        Path log = bigVsftpdLog();
        Run one = run(1, "--json", log.toString());
        assertEquals(0, one.status, one.err);
        assertTrue(one.err.contains("lines over 64 KiB read as their start and end"), one.err);
        assertTrue(one.out.endsWith("\"user\":\"last\",\"ip\":\"192.0.2.9\",\"time\":\"2026-11-23T23:59:59\"}\n"), one.err);
        assertSameAsOneThread("--json", log.toString());
        assertSameAsOneThread(log.toString());
    }

    @Test
    void everyLineIsNumberedInAFileEndingWithItsLf() throws IOException {
        Path log = dir.resolve("error.log");
        try (OutputStream out = Files.newOutputStream(log)) {
            for (int i = 0; i < 120_000; i++) {
                out.write(("2026-11-23 10:00:" + String.format("%02d", i % 60) + " " + i
                        + " [Warning] Access denied for user 'u" + i + "'@'192.0.2." + (i % 250) + "' (using password: YES)\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        assertTrue(PartedScan.worthIt(Files.size(log)));
        assertSameAsOneThread("--json", log.toString());
        Run many = run(2, "--json", log.toString());
        assertTrue(many.err.contains("120000 lines read, 120000 failed logins, 0 probes"), many.err);
        assertTrue(many.out.contains("\"line\":120000,"), many.out.substring(many.out.length() - 300));
    }
}
