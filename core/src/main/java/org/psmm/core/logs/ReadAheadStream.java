package org.psmm.core.logs;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * Reads a stream ahead of its consumer, on a thread of its own, into at most {@code blocks} blocks of
 * {@code blockSize} bytes: a log streamed over SSH keeps arriving while the batch job writes a chunk
 * to the database (SSH's own window holds about 1 MB, a few thousand lines; the transfer then
 * stalls until the next chunk reads again). Memory stays bounded by blocks x blockSize.
 *
 * <p>What the source throws (an {@code SshException} when the connection drops or the command
 * times out) is thrown again, the same object, by the read that reaches it, after the bytes read
 * before it: a cut stream is never mistaken for its end. {@link #close()} stops the reading thread
 * (closing the source, whose owner may also close it from any thread, ends a read it is blocked in).
 * For one consumer thread.
 */
public final class ReadAheadStream extends InputStream {

    private static final byte[] END = new byte[0];
    private static final long POLL_MS = 200;

    private final InputStream source;
    private final BlockingQueue<Object> blocks;
    private final int blockSize;
    private final Thread pump;
    private volatile boolean closed;
    private byte[] current;
    private int pos;
    private boolean ended;
    private IOException failure;

    public ReadAheadStream(InputStream source, ThreadFactory threads, int blockSize, int blocks) {
        this.source = source;
        this.blockSize = blockSize;
        this.blocks = new ArrayBlockingQueue<>(blocks);
        pump = threads.newThread(this::pump);
        if (pump == null) {
            throw new IllegalStateException("no thread to read ahead with");
        }
        pump.start();
    }

    private void pump() {
        try {
            while (!closed) {
                byte[] b = new byte[blockSize];
                int n = 0;
                // Fill a block as far as what has arrived allows, without waiting for more.
                do {
                    int r = source.read(b, n, b.length - n);
                    if (r < 0) {
                        if (n > 0) {
                            put(Arrays.copyOf(b, n));
                        }
                        put(END);
                        return;
                    }
                    n += r;
                } while (n < b.length && source.available() > 0);
                put(n == b.length ? b : Arrays.copyOf(b, n));
            }
        } catch (IOException e) {
            put(e);
        } catch (RuntimeException e) {
            put(new IOException("reading ahead failed", e));
        }
    }

    /** Hands an item over, waiting while the blocks are full, until the consumer closes. */
    private void put(Object item) {
        try {
            while (!closed && !blocks.offer(item, POLL_MS, TimeUnit.MILLISECONDS)) {
                // full: the consumer is writing to the database; wait for it
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public int read() throws IOException {
        if ((current == null || pos == current.length) && !next()) {
            return -1;
        }
        return current[pos++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (current == null || pos == current.length) {
            if (!next()) {
                return -1;
            }
        }
        int n = Math.min(len, current.length - pos);
        System.arraycopy(current, pos, b, off, n);
        pos += n;
        return n;
    }

    private boolean next() throws IOException {
        if (failure != null) {
            throw failure;
        }
        if (ended || closed) {
            return false;
        }
        Object item;
        try {
            while ((item = blocks.poll(POLL_MS, TimeUnit.MILLISECONDS)) == null) {
                if (!pump.isAlive() && blocks.isEmpty()) {
                    throw new IOException("the thread reading ahead stopped before the end of the stream");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the stream");
        }
        if (item instanceof IOException e) {
            failure = e;
            throw e;
        }
        if (item == END) {
            ended = true;
            return false;
        }
        current = (byte[]) item;
        pos = 0;
        return true;
    }

    @Override
    public int available() {
        return current == null ? 0 : current.length - pos;
    }

    /** Stops reading ahead; the source is its owner's to close. */
    @Override
    public void close() {
        closed = true;
        blocks.clear();
    }
}
