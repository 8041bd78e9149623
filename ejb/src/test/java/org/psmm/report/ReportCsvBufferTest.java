package org.psmm.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.psmm.failure.FailureCsv;
import org.psmm.failure.FailureRow;

class ReportCsvBufferTest {

    static FailureRow row(long id, String user, String ip) {
        return new FailureRow(id, Instant.parse("2026-11-22T10:00:00Z").plusSeconds(id), LocalDateTime.parse("2026-11-22T11:00:00"),
                1, "lab-ftp", "ssh", "auth", user, ip, "sshd[1]: Invalid user " + user + " from " + ip);
    }

    static String csv(int rows) throws IOException {
        StringWriter w = new StringWriter();
        FailureCsv.writeHeader(w);
        for (int i = 0; i < rows; i++) {
            FailureCsv.write(w, row(i, i % 2 == 0 ? "=HYPERLINK(\"http://x\")" : "<img src=x onerror=alert(1)>", "127.0.0.77"));
        }
        return w.toString();
    }

    static byte[] write(ReportCsvBuffer buffer, String text) throws IOException {
        try (Writer out = new OutputStreamWriter(buffer, StandardCharsets.UTF_8)) {
            out.write(text);
        }
        return buffer.bytes();
    }

    @Test
    void aSmallDayIsAttachedAsPlainCsvRowForRowFormulaSafe() throws IOException {
        ReportCsvBuffer buffer = new ReportCsvBuffer(1 << 20, 1 << 20);
        String text = csv(3);
        byte[] bytes = write(buffer, text);
        assertFalse(buffer.compressed());
        assertEquals(text, new String(bytes, StandardCharsets.UTF_8));
        String[] lines = text.split("\r\n");
        assertEquals(4, lines.length);
        assertEquals(FailureCsv.HEADER, lines[0]);
        assertTrue(lines[1].contains(",\"'=HYPERLINK(\"\"http://x\"\")\",127.0.0.77,"), "a formula is defused: " + lines[1]);
        assertTrue(lines[2].contains(",<img src=x onerror=alert(1)>,127.0.0.77,"), lines[2]);
    }

    @Test
    void pastThePlainLimitTheWholeCsvIsGzippedAndIdentical() throws IOException {
        ReportCsvBuffer buffer = new ReportCsvBuffer(10_000, 1 << 20);
        String text = csv(2000);
        byte[] bytes = write(buffer, text);
        assertTrue(buffer.compressed());
        assertFalse(buffer.omitted());
        assertTrue(bytes.length < text.length() / 5, "compressed: " + bytes.length);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), in.readAllBytes());
        }
    }

    @Test
    void pastTheCompressedLimitNothingIsKeptButTheSizeIsCounted() throws IOException {
        ReportCsvBuffer buffer = new ReportCsvBuffer(1000, 5000);
        byte[] noise = new byte[200_000];
        new Random(1).nextBytes(noise); // incompressible
        buffer.write(noise, 0, noise.length);
        assertNull(buffer.bytes());
        assertTrue(buffer.omitted());
        assertEquals(200_000, buffer.written());
    }
}
