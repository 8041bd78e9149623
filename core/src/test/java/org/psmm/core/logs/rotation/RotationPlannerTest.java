package org.psmm.core.logs.rotation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The probe and read scripts run by the real /bin/sh on real files, rotated the ways logrotate
 * does it (rename, copytruncate, compress); the plan must read every line once.
 */
class RotationPlannerTest {

    @TempDir
    Path dir;

    private static String sh(String script, List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("sh", "-c", script, "test"));
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(20, TimeUnit.SECONDS));
        return out;
    }

    private ReadPlan plan(Path log, LogCursor cursor) throws Exception {
        String out = sh(LogFileProbe.SCRIPT, LogFileProbe.arguments(log.toString(), cursor));
        List<LogFileState> files = LogFileProbe.parse(out);
        return RotationPlanner.plan(cursor, LogFileProbe.live(log.toString(), files).orElse(null),
                LogFileProbe.rotated(log.toString(), files));
    }

    /** Reads a plan as the job does, returning the text read and the cursor reached. */
    private record Read(String text, LogCursor cursor) {
    }

    private Read read(ReadPlan plan) throws Exception {
        StringBuilder text = new StringBuilder();
        LogCursor cursor = null;
        for (ReadSegment s : plan.segments()) {
            String part = sh(LogFileProbe.READ_SCRIPT, List.of(s.file().path(), String.valueOf(s.cursor().offset() + 1)));
            text.append(part);
            cursor = s.cursor().at(s.cursor().offset() + part.getBytes(StandardCharsets.UTF_8).length);
        }
        return new Read(text.toString(), cursor);
    }

    private static void append(Path log, String text) throws IOException {
        Files.writeString(log, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static String lines(String prefix, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i <= to; i++) {
            sb.append("Nov 23 10:00:").append(String.format("%02d", i % 60)).append(" host sshd[").append(1000 + i)
                    .append("]: ").append(prefix).append(" line ").append(i).append('\n');
        }
        return sb.toString();
    }

    @Test
    void aNewLogIsReadFromItsStartThenOnlyWhatWasAppended() throws Exception {
        Path log = dir.resolve("auth.log");
        append(log, lines("first", 1, 10));
        Read first = read(plan(log, null));
        assertEquals(lines("first", 1, 10), first.text());

        assertTrue(plan(log, first.cursor()).segments().isEmpty(), "nothing new, nothing to read");

        append(log, lines("more", 11, 15));
        Read second = read(plan(log, first.cursor()));
        assertEquals(lines("more", 11, 15), second.text());
        assertEquals(first.cursor().identity(), second.cursor().identity(), "same file, same identity");
    }

    @Test
    void renameRotationFinishesTheOldFileThenReadsTheNewOne() throws Exception {
        Path log = dir.resolve("auth.log");
        append(log, lines("old", 1, 10));
        Read first = read(plan(log, null));
        append(log, lines("old-unread", 11, 12));
        Files.move(log, dir.resolve("auth.log.1"));
        append(log, lines("new", 1, 3));

        ReadPlan plan = plan(log, first.cursor());
        assertNull(plan.gap());
        assertEquals(2, plan.segments().size());
        assertTrue(plan.segments().get(0).finished());
        assertEquals(first.cursor().identity(), plan.segments().get(0).cursor().identity());
        Read second = read(plan);
        assertEquals(lines("old-unread", 11, 12) + lines("new", 1, 3), second.text());
        assertNotEquals(first.cursor().identity(), second.cursor().identity(), "the new file has its own identity");
    }

    @Test
    void copytruncateIsFollowedThroughTheCopy() throws Exception {
        Path log = dir.resolve("vsftpd.log");
        append(log, lines("before", 1, 20));
        Read first = read(plan(log, null));
        append(log, lines("copied", 21, 22));
        Files.copy(log, dir.resolve("vsftpd.log.1"));
        Files.write(log, new byte[0], StandardOpenOption.TRUNCATE_EXISTING);
        append(log, lines("after", 1, 2));

        Read second = read(plan(log, first.cursor()));
        assertEquals(lines("copied", 21, 22) + lines("after", 1, 2), second.text());
    }

    @Test
    void aCompressedRotationIsReadDecompressed() throws Exception {
        Path log = dir.resolve("error.log");
        append(log, lines("gz", 1, 30));
        Read first = read(plan(log, null));
        append(log, lines("gz-unread", 31, 33));
        Files.move(log, dir.resolve("error.log.1"));
        sh("gzip -- \"$1\"", List.of(dir.resolve("error.log.1").toString()));
        append(log, lines("fresh", 1, 1));

        ReadPlan plan = plan(log, first.cursor());
        assertTrue(plan.segments().get(0).file().compressed());
        assertEquals(lines("gz-unread", 31, 33) + lines("fresh", 1, 1), read(plan).text());
    }

    @Test
    void aRotatedFileThatIsGoneIsReportedAsAGap() throws Exception {
        Path log = dir.resolve("mysql.log");
        append(log, lines("lost", 1, 5));
        Read first = read(plan(log, null));
        Files.delete(log);
        append(log, lines("new", 1, 2));

        ReadPlan plan = plan(log, first.cursor());
        assertNotNull(plan.gap());
        assertTrue(plan.gap().contains("rotated away"), plan.gap());
        assertEquals(lines("new", 1, 2), read(plan).text());
    }

    @Test
    void anEmptyOrMissingLogGivesNothingToReadAndNoIdentity() throws Exception {
        Path log = dir.resolve("nginx.log");
        assertTrue(plan(log, null).segments().isEmpty());
        Files.createFile(log);
        assertTrue(plan(log, null).segments().isEmpty(), "an empty file gets no identity yet");
    }

    @Test
    void twoFilesWithTheSameFirstBytesHaveDifferentIdentities() {
        LogCursor a = LogCursor.start(11, 256, "a".repeat(64));
        LogCursor b = LogCursor.start(12, 256, "a".repeat(64));
        assertNotEquals(a.identity(), b.identity());
        assertEquals(64, a.identity().length());
    }

    @Test
    void probeOutputThatIsNotOursIsIgnored() {
        assertEquals(List.of(), LogFileProbe.parse("sh: 1: warning\n\n12 x y z /p\n"));
    }
}
