package org.psmm.core.logcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class LineBatchesTest {

    private static final java.util.List<String> KEEP = java.util.List.of("keep");

    @Test
    void keepsOrderNumbersAndCountsAcrossBatches() throws IOException {
        StringBuilder log = new StringBuilder();
        int n = 10_000;
        for (int i = 1; i <= n; i++) {
            log.append(i % 3 == 0 ? "keep " : "drop ").append(i).append('\n');
        }
        log.append("x".repeat(70_000)).append('\n');
        long lines = 0;
        long cut = 0;
        long expectNext = 3;
        try (LineBatches batches = LineBatches.start(
                new ByteArrayInputStream(log.toString().getBytes(StandardCharsets.UTF_8)), KEEP)) {
            for (LineBatches.Batch b = batches.next(); b != null; b = batches.next()) {
                lines += b.lines;
                cut += b.cut;
                for (int i = 0; i < b.size; i++) {
                    assertEquals(expectNext, b.numbers[i]);
                    assertEquals("keep " + expectNext, new String(b.data, b.starts[i], b.starts[i + 1] - b.starts[i], java.nio.charset.StandardCharsets.UTF_8));
                    expectNext += 3;
                }
            }
        }
        assertEquals(n + 1, lines);
        assertEquals(1, cut);
        assertEquals(n - n % 3 + 3, expectNext);
    }

    @Test
    void aReadErrorReachesTheCaller() {
        InputStream failing = new SequenceInputStream(new ByteArrayInputStream("keep 1\n".getBytes(StandardCharsets.UTF_8)),
                new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw new IOException("disk on fire");
                    }
                });
        IOException e = assertThrows(IOException.class, () -> {
            try (LineBatches batches = LineBatches.start(failing, KEEP)) {
                while (batches.next() != null) {
                    // drain
                }
            }
        });
        assertEquals("disk on fire", e.getMessage());
    }
}
