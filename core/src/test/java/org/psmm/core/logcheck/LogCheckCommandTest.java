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
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogCheckCommandTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

    private int run(String... args) {
        PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
        return new LogCheckCommand(NOW, ZoneOffset.UTC).run(args, outBytes, err);
    }

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    private Path file(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void theSummaryCountsEachKindOfFailure() throws IOException {
        Path log = file("kinds.log", "Nov 23 10:00:00 h sshd[1]: Invalid user x from 192.0.2.1 port 5\n"
                + "Nov 23 10:00:01 h sshd[2]: Unable to negotiate with 192.0.2.2 port 6: no matching host key type found.\n"
                + "Nov 23 10:00:02 h sshd[3]: refused connect from x.example (192.0.2.3)\n"
                + "Nov 23 10:00:03 h sshd[4]: Invalid user y from 192.0.2.4 port 7\n"
                + "Nov 23 10:00:04 h sshd[5]: Accepted publickey for monitor from 192.0.2.5 port 8 ssh2\n");
        assertEquals(0, run(log.toString()));
        assertTrue(err().contains(": sshd (detected), 5 lines, 3 failed logins (auth 2, authz 1), 1 probes\n"), err());
    }

    @Test
    void probesArePrintedOnlyWithProbesButAlwaysCountedApart() throws IOException {
        String lines = "Nov 23 10:00:00 h sshd[1]: Invalid user x from 192.0.2.1 port 5\n"
                + "Nov 23 10:00:01 h sshd[2]: Unable to negotiate with 192.0.2.2 port 6: no matching host key type found.\n"
                + "Nov 23 10:00:02 h sshd[3]: banner exchange: Connection from 192.0.2.3 port 7: invalid format\n";
        Path log = file("probes.log", lines);
        assertEquals(0, run("--json", log.toString()));
        String withoutProbes = out();
        assertEquals(1, withoutProbes.lines().count(), withoutProbes);
        assertTrue(withoutProbes.contains("\"kind\":\"auth\""), withoutProbes);
        assertTrue(err().contains(", 1 failed logins (auth 1), 2 probes\n"), err());
        assertTrue(err().contains("3 lines read, 1 failed logins, 2 probes, "), err());

        outBytes.reset();
        errBytes.reset();
        assertEquals(0, run("--json", "--probes", log.toString()));
        assertEquals(3, out().lines().count(), out());
        assertEquals(2, out().lines().filter(l -> l.contains("\"kind\":\"probe\"")).count(), out());
        assertTrue(err().contains("3 lines read, 1 failed logins, 2 probes, "), err());
    }

    @Test
    void aPamLineNamesItsOwnServiceAndAnOverlongLineItsCutUser() throws IOException {
        Path log = file("auth.log", "Nov 23 10:00:00 vm vsftpd: pam_unix(vsftpd:auth): authentication failure; logname= uid=0 "
                + "euid=0 tty=ftp ruser=admin rhost=192.0.2.7 \n"
                + "Nov 23 10:00:01 vm sshd[9]: pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh "
                + "ruser= rhost=192.0.2.8  user=" + "r".repeat(100_000) + "\n");
        assertEquals(0, run("--json", "--format", "pam", log.toString()));
        List<String> printed = out().lines().toList();
        assertEquals(2, printed.size(), out());
        assertTrue(printed.get(0).contains("\"format\":\"pam\",\"service\":\"ftp\",\"kind\":\"auth\",\"user\":\"admin\",\"ip\":\"192.0.2.7\""),
                printed.get(0));
        assertTrue(printed.get(1).contains("\"service\":\"ssh\""), printed.get(1));
        assertTrue(printed.get(1).contains("\"user_cut\":true,\"ip\":\"192.0.2.8\""), printed.get(1));
    }

    @Test
    void jsonHasTheContractFieldsEscaped() throws IOException {
        Path log = file("auth.log", "Nov 23 10:00:00 h sshd[1]: Connection from 192.0.2.1 port 5 on 10.0.0.1 port 22\n"
                + "Nov 23 10:00:01 h sshd[1]: Invalid user a\"b\\c\u00e9\u0001 from ::ffff:192.0.2.1 port 5\n");
        assertEquals(0, run("--json", log.toString()));
        assertEquals("{\"file\":\"" + log + "\",\"line\":2,\"format\":\"sshd\",\"service\":\"ssh\",\"kind\":\"auth\","
                + "\"user\":\"a\\\"b\\\\c\u00e9\\u0001\",\"ip\":\"192.0.2.1\",\"time\":\"2026-11-23T10:00:01\"}\n", out());
        assertTrue(err().contains("2 lines read, 1 failed logins, 0 probes"), err());
        assertTrue(err().contains("lines/s"), err());
    }

    @Test
    void nullUserAndTimeAreJsonNulls() throws IOException {
        Path log = file("error.log", "Access denied for user 'x'@'localhost'\n");
        assertEquals(0, run("--json", "--format", "mariadb", log.toString()));
        assertTrue(out().contains("\"ip\":\"localhost\",\"time\":null}"), out());
        Path sshd = file("sshd.log", "Nov 23 10:00:00 h sshd[1]: ROOT LOGIN REFUSED FROM 192.0.2.1\n");
        assertEquals(0, run("--json", sshd.toString()));
        assertTrue(out().contains("\"user\":\"root\""), out());
    }

    @Test
    void readableLinesEscapeControlCharacters() throws IOException {
        Path log = file("auth.log", "Nov 23 10:00:01 h sshd[1]: Invalid user \u001b[31mred from 192.0.2.1 port 5\n");
        assertEquals(0, run(log.toString()));
        assertEquals(log + ":1  2026-11-23T10:00:01  ssh/auth  ip=192.0.2.1  user=\"\\x1b[31mred\"\n", out());
    }

    @Test
    void gzipAndYearAndZone() throws IOException {
        Path gz = dir.resolve("auth.log.2.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write(("x\n2026-11-23T10:00:01+00:00 h sshd[1]: Failed password for bob from 192.0.2.1 port 5 ssh2\n"
                    + "Feb 29 10:00:01 h sshd[1]: Failed password for bob from 192.0.2.1 port 5 ssh2\n").getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(0, run("--json", "--tz", "Europe/Paris", "--year", "2024", gz.toString()));
        String json = out();
        assertTrue(json.contains("\"line\":2,") && json.contains("\"time\":\"2026-11-23T11:00:01\""), json);
        assertTrue(json.contains("\"line\":3,") && json.contains("\"time\":\"2024-02-29T10:00:01\""), json);
    }

    @Test
    void usageErrorsExitWith2() throws IOException {
        Path log = file("a.log", "");
        assertEquals(2, run());
        assertTrue(err().contains("no log file given") && err().contains("Usage:"), err());
        assertEquals(2, run("--format", "klingon", log.toString()));
        assertTrue(err().contains("unknown format 'klingon'"), err());
        assertEquals(2, run("--tz", "Mars/Olympus", log.toString()));
        assertEquals(2, run("--year", "twenty", log.toString()));
        assertEquals(2, run("--format"));
        assertEquals(2, run("--bogus", log.toString()));
        assertEquals(0, run("--help"));
        assertTrue(out().startsWith("Usage: psmm-logcheck"));
    }

    /** sshd's failures are printed by a thread of their own (PrintingThread): many chunks, still in order. */
    @Test
    void manyFailuresOfAFileReadInOrderArePrintedInOrder() throws IOException {
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            log.append("Nov 23 10:00:01 h sshd[1]: Invalid user u").append(i).append(" from 192.0.2.1 port 5\n");
        }
        Path p = file("auth.log", log.toString());
        assertEquals(0, run("--json", "--format", "sshd", p.toString()));
        String[] printed = out().split("\n");
        assertEquals(10_000, printed.length);
        for (int i = 0; i < printed.length; i++) {
            assertTrue(printed[i].contains("\"line\":" + (i + 1) + ",") && printed[i].contains("\"user\":\"u" + i + "\""),
                    printed[i]);
        }
    }

    /** A write error on the printing thread ends the run with status 1 and says so, without hanging. */
    @Test
    void anOutputThatCannotBeWrittenIsReported() throws IOException {
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            log.append("Nov 23 10:00:01 h sshd[1]: Invalid user u").append(i).append(" from 192.0.2.1 port 5\n");
        }
        Path p = file("auth.log", log.toString());
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
        assertEquals(1, new LogCheckCommand(NOW, ZoneOffset.UTC).run(new String[] {"--json", p.toString()}, broken, err));
        assertTrue(err().contains("cannot write the output: Broken pipe"), err());
    }

    @Test
    void unreadableOrUnknownFilesExitWith1AndTheOthersAreStillRead() throws IOException {
        Path good = file("good.log", "Nov 23 10:00:01 h sshd[1]: Invalid user bob from 192.0.2.1 port 5\n");
        Path unknown = file("notes.txt", "hello\nworld\n");
        assertEquals(1, run("--json", dir.resolve("missing.log").toString(), unknown.toString(), good.toString()));
        assertTrue(err().contains("missing.log: cannot read"), err());
        assertTrue(err().contains("notes.txt: format not recognised"), err());
        assertTrue(out().contains("\"user\":\"bob\""), out());
    }

    @Test
    void journalExportsAreReadEntryByEntryWithTheirOwnTimeAndFormat() throws IOException {
        Path json = dir.resolve("lab-sql.json");
        try (var in = LogCheckCommandTest.class.getResourceAsStream("/fixtures/journal/lab-sql.json")) {
            Files.copy(in, json);
        }
        Files.writeString(json, "not an entry\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        assertEquals(0, run("--journal", "--json", "--tz", "UTC", json.toString()));
        java.util.List<String> lines = out().lines().toList();
        assertEquals(15, lines.size(), out());
        assertEquals(10, lines.stream().filter(l -> l.contains("\"format\":\"sshd\"")).count());
        assertEquals(5, lines.stream().filter(l -> l.contains("\"service\":\"mariadb\"")).count());
        assertTrue(lines.get(0).contains("\"user\":\"bob\"") && lines.get(0).contains("\"line\":1,"), lines.get(0));
        assertTrue(err().contains("journal, 28 entries, 15 failed logins (auth 15), 0 probes, 4 binary messages, 1 lines that are no journal entry skipped"),
                err());
        outBytes.reset();
        assertEquals(0, run("--journal", "--format", "mariadb", json.toString()));
        assertEquals(5, out().lines().count(), "a fixed format reads every entry with its parser");
    }
}
