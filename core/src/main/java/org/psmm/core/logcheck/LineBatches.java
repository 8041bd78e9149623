package org.psmm.core.logcheck;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.psmm.core.logs.LogLineReader;

/**
 * Reads a log on a thread of its own and hands the lines worth parsing to the caller in batches, so
 * that splitting and pre-filtering overlap with parsing and printing. The kept lines' bytes are
 * copied into the batch (the reader's buffer moves on). Line order is kept: parsers such as sshd's
 * depend on it.
 *
 * <pre>{@code
 * try (LineBatches batches = LineBatches.start(in, literals)) {
 *     for (LineBatches.Batch b = batches.next(); b != null; b = batches.next()) { ... }
 * }
 * }</pre>
 */
final class LineBatches implements AutoCloseable {

    private static final int BATCH_LINES = 4096;
    private static final int BATCHES_AHEAD = 8;

    /** Lines of the log that passed the pre-filter, as bytes, with their numbers, and what the batch skipped. */
    static final class Batch {
        /** Line i's bytes are data[starts[i], starts[i + 1]). */
        byte[] data = new byte[BATCH_LINES * 128];
        final int[] starts = new int[BATCH_LINES + 1];
        final long[] numbers = new long[BATCH_LINES];
        /** Whether line i is an over-long line kept as its head and tail. */
        final boolean[] cutLines = new boolean[BATCH_LINES];
        int size;
        /** Lines read for this batch, kept or not. */
        long lines;
        /** Lines over the length limit, kept as their head and tail. */
        long cut;
        boolean last;
        IOException error;
    }

    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private final Thread reader;
    private boolean done;

    private LineBatches(InputStream in, List<String> literals) {
        // A Runnable class, not a lambda: see StampCache (lambdas cost start-up time).
        reader = new Thread(new Runnable() {
            @Override
            public void run() {
                read(in, literals);
            }
        }, "psmm-logcheck-reader");
        reader.setDaemon(true);
    }

    /** Starts reading {@code in}; lines that contain none of the literals are counted, not handed over. */
    static LineBatches start(InputStream in, List<String> literals) {
        LineBatches batches = new LineBatches(in, literals);
        batches.reader.start();
        return batches;
    }

    /** The next batch, or null after the last one. */
    Batch next() throws IOException {
        if (done) {
            return null;
        }
        Batch b;
        try {
            b = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading", e);
        }
        if (b.last) {
            done = true;
        }
        if (b.error != null) {
            throw b.error;
        }
        return b;
    }

    private void read(InputStream in, List<String> literals) {
        Batch b = new Batch();
        try {
            LogLineReader r = new LogLineReader(in);
            while (r.next()) {
                b.lines++;
                if (r.truncated()) {
                    b.cut++;
                }
                if (literals.isEmpty() || r.containsAny(literals)) {
                    int at = b.starts[b.size];
                    if (b.data.length - at < r.length()) {
                        b.data = Arrays.copyOf(b.data, Math.max(b.data.length * 2, at + r.length()));
                    }
                    r.copyTo(b.data, at);
                    b.starts[b.size + 1] = at + r.length();
                    b.numbers[b.size] = r.lineNumber();
                    b.cutLines[b.size] = r.truncated();
                    if (++b.size == BATCH_LINES) {
                        queue.put(b);
                        b = new Batch();
                    }
                }
            }
        } catch (IOException e) {
            b.error = e;
        } catch (InterruptedException e) {
            // The caller stopped reading: nobody waits for more.
            return;
        }
        b.last = true;
        try {
            queue.put(b);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        reader.interrupt();
    }
}
