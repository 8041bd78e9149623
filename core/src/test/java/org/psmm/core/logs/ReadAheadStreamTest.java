package org.psmm.core.logs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ReadAheadStreamTest {

    @Test
    void givesEveryByteInOrderThenTheEnd() throws IOException {
        byte[] data = new byte[1_000_003];
        new Random(7).nextBytes(data);
        // A source that hands out odd-sized pieces, as an SSH channel does.
        InputStream source = new ByteArrayInputStream(data) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1 + (int) (pos % 5000)));
            }
        };
        try (ReadAheadStream in = new ReadAheadStream(source, Executors.defaultThreadFactory(), 4096, 3)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[777];
            for (int n; (n = in.read(buf)) >= 0; ) {
                out.write(buf, 0, n);
            }
            assertArrayEquals(data, out.toByteArray());
            assertEquals(-1, in.read());
        }
    }

    @Test
    void aCutStreamThrowsWhatTheSourceThrewAfterTheBytesBeforeIt() throws IOException {
        IOException lost = new IOException("connection lost");
        InputStream source = new InputStream() {
            private int left = 10_000;

            @Override
            public int read() throws IOException {
                if (left-- > 0) {
                    return 'x';
                }
                throw lost;
            }
        };
        try (ReadAheadStream in = new ReadAheadStream(source, Executors.defaultThreadFactory(), 1024, 2)) {
            int read = 0;
            IOException thrown = null;
            try {
                while (in.read() >= 0) {
                    read++;
                }
            } catch (IOException e) {
                thrown = e;
            }
            assertEquals(10_000, read);
            assertSame(lost, thrown);
            assertSame(lost, assertThrows(IOException.class, in::read), "never mistaken for the end later either");
        }
    }

    @Test
    void closingStopsTheThreadThatReadsAhead() throws Exception {
        AtomicReference<Thread> pump = new AtomicReference<>();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'y';
            }
        };
        ReadAheadStream in = new ReadAheadStream(endless, r -> {
            Thread t = new Thread(r);
            pump.set(t);
            return t;
        }, 512, 2);
        assertEquals('y', in.read());
        in.close();
        pump.get().join(5000);
        assertTrue(!pump.get().isAlive(), "the thread reading ahead ended once its blocks were no longer wanted");
    }
}
