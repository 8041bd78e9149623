package org.psmm.core.logcheck;

import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.psmm.core.logs.ParsedFailure;

/**
 * Prints the failures of one file on a thread of its own, in the order they are added, so that
 * rendering and writing them overlap with parsing. Used where one thread must parse a whole file
 * in order (sshd, gzip, pipes: see {@link LineBatches}); the parsing thread was the bottleneck
 * there, with the reading thread's core half idle.
 *
 * <pre>{@code
 * try (PrintingThread printing = PrintingThread.start(printer, file)) {
 *     printing.add(line, failure); ...
 *     printing.finish(); // waits until all is printed; rethrows a write error
 * } // or close() does so, where the scan stopped on a read error
 * }
 * }</pre>
 */
final class PrintingThread implements AutoCloseable {

    private static final int CHUNK_FAILURES = 2048;
    private static final int CHUNKS_AHEAD = 8;

    private static final class Chunk {
        final long[] lines = new long[CHUNK_FAILURES];
        final ParsedFailure[] failures = new ParsedFailure[CHUNK_FAILURES];
        int size;
        boolean last;
    }

    private final FailurePrinter printer;
    private final String file;
    private final BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(CHUNKS_AHEAD);
    private final Thread thread;
    private Chunk chunk = new Chunk();
    /** The write error that stopped the printing thread; read after it ended (or on add). */
    private volatile UncheckedIOException error;
    private boolean finished;

    private PrintingThread(FailurePrinter printer, String file) {
        this.printer = printer;
        this.file = file;
        // A Runnable class, not a lambda: see StampCache (lambdas cost start-up time).
        thread = new Thread(new Runnable() {
            @Override
            public void run() {
                print();
            }
        }, "psmm-logcheck-printer");
        thread.setDaemon(true);
    }

    static PrintingThread start(FailurePrinter printer, String file) {
        PrintingThread p = new PrintingThread(printer, file);
        p.thread.start();
        return p;
    }

    /** Queues a failure found on this line; throws the write error that stopped the printing. */
    void add(long line, ParsedFailure failure) {
        Chunk c = chunk;
        c.lines[c.size] = line;
        c.failures[c.size] = failure;
        if (++c.size == CHUNK_FAILURES) {
            hand(c);
            chunk = new Chunk();
        }
    }

    /** Waits until every failure added is printed (not flushed); throws the write error, if any. */
    void finish() {
        if (finished) {
            return;
        }
        finished = true;
        Chunk c = chunk;
        c.last = true;
        hand(c);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while printing", e);
        }
        if (error != null) {
            throw error;
        }
    }

    private void hand(Chunk c) {
        if (error != null) {
            throw error;
        }
        try {
            queue.put(c);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while printing", e);
        }
    }

    private void print() {
        try {
            while (true) {
                Chunk c = queue.take();
                if (error == null) {
                    try {
                        for (int i = 0; i < c.size; i++) {
                            printer.print(file, c.lines[i], c.failures[i]);
                        }
                    } catch (UncheckedIOException e) {
                        // Reported by the parsing thread; the chunks still queued are taken, not printed,
                        // so that it never waits on a full queue.
                        error = e;
                    }
                }
                if (c.last) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            // Nobody interrupts this thread; were it done, nothing more would be printed.
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Where the scan ended early (a read error), prints the failures found before it, as a scan on
     * one thread did; a write error then is dropped when the error being thrown is that same one.
     */
    @Override
    public void close() {
        if (!finished && error == null) {
            finish();
        }
    }
}
