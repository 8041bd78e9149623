package org.psmm.core.logcheck;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.psmm.core.logs.FailureKind;
import org.psmm.core.logs.LogFormat;
import org.psmm.core.logs.LogLineParser;
import org.psmm.core.logs.LogLineReader;
import org.psmm.core.logs.ParseContext;
import org.psmm.core.logs.ParsedFailure;

/**
 * Scans a plain log file with several threads, for formats whose lines are read on their own
 * ({@link LogFormat#linesIndependent()}): the file is cut into parts of {@link #PART_BYTES}; a part
 * holds the lines that start in it. Each worker thread claims the next part, reads, filters and
 * parses its lines with a parser of its own and renders its failures; the calling thread prints
 * the parts in the file's order, numbering their lines. At most {@code ahead} parts wait to be
 * printed, so memory does not grow with the file.
 *
 * <p>Why: on a 2-core host one thread parsing while another reads leaves a core mostly idle, and
 * a one-million-line log is over before the JIT has compiled much; two threads doing the whole
 * work share that warm-up.
 */
final class PartedScan {

    /** Big enough that a part's set-up (a reader, a buffer) does not count, small enough to share well. */
    static final long PART_BYTES = 2L << 20;

    private final FileChannel channel;
    private final int parts;
    private final LogFormat format;
    private final ParseContext ctx;
    private final boolean json;
    private final int threads;
    private final int ahead;
    private final boolean probes;

    // Guarded by this.
    private final Part[] done;
    private int nextToClaim;
    private int nextToPrint;
    private boolean stopped;

    long lines;
    /** Failures printed. */
    long failures;
    /** Failures per kind (FailureKind ordinal). */
    final long[] byKind = new long[FailureKind.values().length];
    long cut;

    /** One part's outcome: its line count and its failures, rendered without their line numbers. */
    private static final class Part {
        long lines;
        long cut;
        int failures;
        final long[] byKind = new long[FailureKind.values().length];
        /** Per failure: its line's number within the part (1-based) and the end of its rendering. */
        long[] lineOf = new long[64];
        int[] endOf = new int[64];
        FailurePrinter rendered;
        Throwable error;

        /** Counts a failure of the part's line {@code line}, and renders it where it is to be printed. */
        void add(ParsedFailure failure, long line, boolean print) {
            byKind[failure.kind().ordinal()]++;
            if (!print) {
                return;
            }
            rendered.render(failure);
            if (failures == lineOf.length) {
                lineOf = Arrays.copyOf(lineOf, failures * 2);
                endOf = Arrays.copyOf(endOf, failures * 2);
            }
            lineOf[failures] = line;
            endOf[failures] = rendered.renderedLength();
            failures++;
        }
    }

    /**
     * @param channel the file, read with positional reads (shared by the workers)
     * @param size    its size when the scan starts; the last part reads on to the end, as a growing
     *                log is read by the one-thread scan
     * @param threads worker threads, at least 2
     */
    PartedScan(FileChannel channel, long size, LogFormat format, ParseContext ctx, boolean json, int threads) {
        this(channel, size, format, ctx, json, threads, true);
    }

    /** @param probes whether probes are printed (they are counted either way) */
    PartedScan(FileChannel channel, long size, LogFormat format, ParseContext ctx, boolean json, int threads,
               boolean probes) {
        this.probes = probes;
        this.channel = channel;
        this.parts = (int) Math.max(1, (size + PART_BYTES - 1) / PART_BYTES);
        this.format = format;
        this.ctx = ctx;
        this.json = json;
        this.threads = threads;
        this.ahead = threads * 2;
        this.done = new Part[ahead];
    }

    /** Whether a file of this size is worth cutting into parts. */
    static boolean worthIt(long size) {
        return size >= 2 * PART_BYTES;
    }

    /**
     * Scans the file and prints its failures in order; fills {@link #lines}, {@link #failures},
     * {@link #cut}.
     *
     * @throws IOException          the file could not be read
     * @throws UncheckedIOException the output could not be written
     */
    void run(String file, FailurePrinter printer) throws IOException {
        for (int i = 0; i < threads; i++) {
            // A Runnable class, not a lambda: see StampCache (lambdas cost start-up time).
            Thread worker = new Thread(new Runnable() {
                @Override
                public void run() {
                    work();
                }
            }, "psmm-logcheck-part-" + i);
            worker.setDaemon(true);
            worker.start();
        }
        try {
            for (int k = 0; k < parts; k++) {
                Part part = take(k);
                if (part.error instanceof IOException) {
                    throw (IOException) part.error;
                } else if (part.error instanceof RuntimeException) {
                    throw (RuntimeException) part.error;
                } else if (part.error != null) {
                    throw (Error) part.error;
                }
                byte[] rendered = part.failures == 0 ? null : part.rendered.rendered();
                for (int i = 0, from = 0; i < part.failures; i++) {
                    printer.printRendered(file, lines + part.lineOf[i], rendered, from, part.endOf[i]);
                    from = part.endOf[i];
                }
                lines += part.lines;
                failures += part.failures;
                cut += part.cut;
                for (int i = 0; i < byKind.length; i++) {
                    byKind[i] += part.byKind[i];
                }
            }
        } finally {
            synchronized (this) {
                stopped = true;
                notifyAll();
            }
        }
    }

    private synchronized Part take(int k) throws IOException {
        try {
            while (done[k % ahead] == null) {
                wait();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading", e);
        }
        Part part = done[k % ahead];
        done[k % ahead] = null;
        nextToPrint++;
        notifyAll();
        return part;
    }

    /** The next part to read, or -1 when there is none left or the scan stopped. */
    private synchronized int claim() {
        try {
            while (!stopped && nextToClaim < parts && nextToClaim - nextToPrint >= ahead) {
                wait();
            }
        } catch (InterruptedException e) {
            return -1;
        }
        return stopped || nextToClaim >= parts ? -1 : nextToClaim++;
    }

    private synchronized void finish(int k, Part part) {
        // Part k's slot is free: no part k + ahead is claimed before part k is taken.
        done[k % ahead] = part;
        notifyAll();
    }

    private void work() {
        LogLineParser parser = format.newParser();
        List<String> literals = parser.literals();
        for (int k = claim(); k >= 0; k = claim()) {
            Part part;
            try {
                part = read(k, parser, literals);
            } catch (IOException | RuntimeException | Error e) {
                // Handed to the printing thread, which reports it; this worker stops.
                part = new Part();
                part.error = e;
                finish(k, part);
                return;
            }
            finish(k, part);
        }
    }

    private Part read(int k, LogLineParser parser, List<String> literals) throws IOException {
        Part part = new Part();
        long from = k * PART_BYTES;
        long to = k == parts - 1 ? Long.MAX_VALUE : from + PART_BYTES;
        long start = k == 0 ? 0 : firstLineStart(from, to);
        if (start < 0) {
            return part;
        }
        part.rendered = FailurePrinter.renderer(json, 256 * 1024);
        LogLineReader reader = new LogLineReader(new ChannelStream(channel, start), start);
        while (reader.next() && reader.offset() < to) {
            part.lines++;
            if (reader.truncated()) {
                part.cut++;
            }
            if (literals.isEmpty() || reader.containsAny(literals)) {
                Optional<ParsedFailure> failure = parser.parse(reader.bytes(), reader.truncated(), ctx);
                if (failure.isPresent()) {
                    part.add(failure.get(), reader.lineNumber(), probes || failure.get().kind() != FailureKind.PROBE);
                }
            }
        }
        return part;
    }

    /**
     * The offset of the first line that starts in [from, to): just after the first LF at or after
     * from - 1; -1 where there is none (a long line covers the whole part).
     */
    private long firstLineStart(long from, long to) throws IOException {
        byte[] chunk = new byte[8192];
        long at = from - 1;
        while (at < to) {
            int n = channel.read(ByteBuffer.wrap(chunk, 0, (int) Math.min(chunk.length, to - at)), at);
            if (n < 0) {
                return -1;
            }
            for (int i = 0; i < n; i++) {
                if (chunk[i] == '\n') {
                    long start = at + i + 1;
                    return start < to ? start : -1;
                }
            }
            at += n;
        }
        return -1;
    }

    /** The file from an offset on, through positional reads: the workers share one channel. */
    private static final class ChannelStream extends InputStream {

        private final FileChannel channel;
        private long position;

        ChannelStream(FileChannel channel, long position) {
            this.channel = channel;
            this.position = position;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            int n = channel.read(ByteBuffer.wrap(b, off, len), position);
            if (n > 0) {
                position += n;
            }
            return n;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n <= 0 ? -1 : one[0] & 0xff;
        }
    }
}
