package org.psmm.core.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

class LogLineReaderTest {

    private static LogLineReader reader(byte[] bytes) {
        return new LogLineReader(new ByteArrayInputStream(bytes));
    }

    @Test
    void offsetsAndNumbersOfEveryLine() throws IOException {
        byte[] bytes = "one\r\ntwo\n\nthré\nlast".getBytes(StandardCharsets.UTF_8);
        LogLineReader r = reader(bytes);
        String[] lines = {"one", "two", "", "thré", "last"};
        long[] offsets = {0, 5, 9, 10, 16};
        long[] next = {5, 9, 10, 16, 20};
        for (int i = 0; i < lines.length; i++) {
            assertTrue(r.next());
            assertEquals(lines[i], r.line());
            assertEquals(offsets[i], r.offset());
            assertEquals(next[i], r.nextOffset());
            assertEquals(i + 1, r.lineNumber());
            assertFalse(r.truncated());
        }
        assertFalse(r.next());
    }

    @Test
    void resumesFromACheckpointOffset() throws IOException {
        LogLineReader r = new LogLineReader(new ByteArrayInputStream("b\nc\n".getBytes(StandardCharsets.UTF_8)), 1000);
        assertTrue(r.next());
        assertEquals(1000, r.offset());
        assertTrue(r.next());
        assertEquals(1002, r.offset());
        assertEquals(1004, r.nextOffset());
    }

    @Test
    void overlongLineIsCutAndItsRestSkipped() throws IOException {
        byte[] big = new byte[3 * 1024 * 1024];
        Arrays.fill(big, (byte) 'x');
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write("a\n".getBytes(StandardCharsets.UTF_8));
        out.write(big);
        out.write("\nb\n".getBytes(StandardCharsets.UTF_8));
        LogLineReader r = reader(out.toByteArray());
        assertTrue(r.next());
        assertEquals("a", r.line());
        assertTrue(r.next());
        assertTrue(r.truncated());
        assertEquals("x".repeat(LongLines.HEAD) + "\u2026" + "x".repeat(LongLines.TAIL), r.line());
        assertEquals(2, r.offset());
        assertEquals(2 + big.length + 1, r.nextOffset());
        assertTrue(r.next());
        assertEquals("b", r.line());
        assertEquals(2 + big.length + 1, r.offset());
        assertEquals(3, r.lineNumber());
        assertFalse(r.truncated());
        assertFalse(r.next());
    }

    @Test
    void overlongLineThatFitsTheBufferIsCutToo() throws IOException {
        byte[] bytes = ("a\n" + "z".repeat(70_000) + "\r\nb\n").getBytes(StandardCharsets.UTF_8);
        LogLineReader r = reader(bytes);
        assertTrue(r.next());
        assertTrue(r.next());
        assertTrue(r.truncated());
        assertEquals("z".repeat(LongLines.HEAD) + "\u2026" + "z".repeat(LongLines.TAIL), r.line(), "no CR kept");
        assertEquals(LogLineParser.MAX_LINE_CHARS, r.bytes().length());
        assertEquals(2, r.offset());
        assertEquals(2 + 70_002, r.nextOffset());
        assertTrue(r.next());
        assertEquals("b", r.line());
        assertFalse(r.truncated());
        assertEquals(3, r.lineNumber());
    }

    @Test
    void lineOfExactlyTheLimitIsKept() throws IOException {
        byte[] bytes = new byte[LogLineParser.MAX_LINE_CHARS + 1];
        Arrays.fill(bytes, (byte) 'y');
        bytes[bytes.length - 1] = '\n';
        LogLineReader r = reader(bytes);
        assertTrue(r.next());
        assertFalse(r.truncated());
        assertEquals(LogLineParser.MAX_LINE_CHARS, r.line().length());
    }

    @Test
    void malformedUtf8IsReplacedNotThrown() throws IOException {
        byte[] bytes = {'a', (byte) 0xff, (byte) 0xc3, '\n', (byte) 0xe2, (byte) 0x82};
        LogLineReader r = reader(bytes);
        assertTrue(r.next());
        assertEquals("a\uFFFD\uFFFD", r.line());
        assertTrue(r.next());
        assertEquals("\uFFFD", r.line());
        assertFalse(r.next());
    }

    @Test
    void gzipIsRecognisedByItsMagicBytes() throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
            gz.write("zipped line\n".getBytes(StandardCharsets.UTF_8));
        }
        try (InputStream in = CompressedLogs.decompressIfGzip(new ByteArrayInputStream(zipped.toByteArray()))) {
            LogLineReader r = new LogLineReader(in);
            assertTrue(r.next());
            assertEquals("zipped line", r.line());
        }
        try (InputStream in = CompressedLogs.decompressIfGzip(new ByteArrayInputStream(new byte[] {0x1f}))) {
            assertEquals(0x1f, in.read());
        }
    }

    @Test
    void onlyALastLineWithoutNewlineIsUnterminated() throws Exception {
        LogLineReader r = reader("one\ntwo\nthr".getBytes(StandardCharsets.UTF_8));
        assertTrue(r.next());
        assertFalse(r.unterminated());
        assertTrue(r.next());
        assertFalse(r.unterminated());
        assertTrue(r.next());
        assertEquals("thr", r.line());
        assertTrue(r.unterminated(), "a line still being written");
        assertEquals(8, r.offset(), "a resumed read starts at its first byte");
        assertFalse(r.next());
    }

    @Test
    void anOverlongLineCutAtTheEndOfTheStreamIsUnterminated() throws Exception {
        byte[] big = new byte[LogLineParser.MAX_LINE_CHARS + 10];
        Arrays.fill(big, (byte) 'x');
        LogLineReader r = reader(big);
        assertTrue(r.next());
        assertTrue(r.truncated());
        assertTrue(r.unterminated());
        byte[] ended = Arrays.copyOf(big, big.length + 1);
        ended[big.length] = '\n';
        LogLineReader r2 = reader(ended);
        assertTrue(r2.next());
        assertFalse(r2.unterminated());
    }
}
