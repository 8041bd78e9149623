package org.psmm.core.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every parser, against what an attacker or a broken disk can put in a log: no exception, no blow-up. */
class HostileLinesTest {

    private static List<String> hostileLines() {
        List<String> lines = new ArrayList<>();
        String failure = "Nov 23 10:00:01 h sshd[1]: Failed password for root from 192.0.2.1 port 5 ssh2";
        // 1 MiB lines: of a repeated failure prefix, of separators, of address-like text.
        lines.add(failure.repeat(1024 * 1024 / failure.length() + 1));
        lines.add(" from ".repeat(200_000));
        lines.add("1.".repeat(500_000));
        lines.add("[client ".repeat(100_000) + "]");
        // Just under the limit, full of the markers the parsers look for.
        lines.add(("Access denied for user '" + "'@'".repeat(10)).repeat(2000).substring(0, LogLineParser.MAX_LINE_CHARS));
        lines.add((" rhost=1.2.3.4 user=x").repeat(4000).substring(0, LogLineParser.MAX_LINE_CHARS - 100));
        lines.add("Nov 23 10:00:01 h sshd[1]: Failed password for " + " from 1.1.1.1".repeat(4000) + " port");
        lines.add("2026/11/23 19:20:56 [error] 1#1: *4 user \"" + ", client: 1.1.1.1, server: x".repeat(2000));
        // Binary junk and what lenient UTF-8 decoding makes of invalid bytes.
        Random random = new Random(42);
        for (int i = 0; i < 200; i++) {
            byte[] junk = new byte[random.nextInt(300)];
            random.nextBytes(junk);
            lines.add(new String(junk, StandardCharsets.UTF_8));
            lines.add(new String(junk, StandardCharsets.ISO_8859_1));
        }
        lines.add(new String(new byte[] {'N', 'o', 'v', ' ', (byte) 0xff, (byte) 0xfe, 0, 0}, StandardCharsets.UTF_8));
        lines.add("\u0000\u0000\u0000");
        lines.add("");
        lines.add("[");
        lines.add("<");
        lines.add("<38>1 ");
        lines.add("<38>1 2019-07-08T17:40:17Z h sshd 1 - [unclosed \"]");
        lines.add("Nov 23 10:00:01 h sshd[");
        lines.add("Nov 23 10:00:01");
        lines.add("2026-11-23 19:20:58 9 [Warning] Access denied for user '");
        lines.add("Mon Nov 23 19:20:50 2026 [pid 1] [");
        lines.add("[20220407-12:11:06] [INFO ] AUTHFAIL: user= ip= time=");
        return lines;
    }

    @ParameterizedTest
    @EnumSource(LogFormat.class)
    void neverThrowsNorHangs(LogFormat format) {
        List<String> lines = hostileLines();
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            LogLineParser parser = format.newParser();
            for (String line : lines) {
                parser.parse(line, Parsing.UTC);
            }
        });
    }

    @ParameterizedTest
    @EnumSource(LogFormat.class)
    void overlongLinesGiveTheirFailureWithACutUser(LogFormat format) {
        String sshd = "Nov 23 10:00:01 h sshd[1]: Failed password for " + "x".repeat(LogLineParser.MAX_LINE_CHARS)
                + " from 192.0.2.1 port 5 ssh2";
        var got = format.newParser().parse(sshd, Parsing.UTC);
        if (format == LogFormat.SSHD) {
            assertTrue(got.isPresent());
            assertEquals("192.0.2.1", got.get().ip());
            assertTrue(got.get().userCut());
            assertEquals(255, got.get().user().length());
        } else {
            assertTrue(got.isEmpty());
        }
        assertTrue(format.newParser().parse((String) null, Parsing.UTC).isEmpty());
    }
}
