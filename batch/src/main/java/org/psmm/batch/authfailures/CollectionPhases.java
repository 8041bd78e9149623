package org.psmm.batch.authfailures;

import jakarta.batch.runtime.context.StepContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Where one partition's collection spends its time, per phase, for the INFO line its reader writes
 * when it closes (bench/collect-end-to-end prints it). Kept cheap: a clock read per SSH read, per
 * parsed line and around each write, none per line read. Shared by the partition's reader,
 * processor, writer and {@link CollectionPhaseListener} through the partition's step context, and
 * used by its one thread only.
 *
 * <ul>
 *   <li>ssh: waiting for the log's bytes from the SSH channel;</li>
 *   <li>read: the chunk loop less ssh and parse (splitting lines, decoding, JBeret's own work);</li>
 *   <li>parse: the format's parser;</li>
 *   <li>insert: the de-dup lookup (also shown alone) and the INSERTs of the rows;</li>
 *   <li>rollup: the per-day rollups' upsert;</li>
 *   <li>counts: the failures stored, added to the log source's and the execution's counts;</li>
 *   <li>checkpoint: the cursor, the counts and JBeret's checkpoint, written in the transaction;</li>
 *   <li>commit: the transaction's commit.</li>
 * </ul>
 */
final class CollectionPhases {

    long ssh;
    long parse;
    long insert;
    /** Of insert: the lookup of the lines already stored. */
    long lookup;
    /** The partition's counts (log source, execution), written by the writer. */
    long counts;
    long rollup;
    long checkpoint;
    long commit;
    /** The chunk loops (read, process) from each chunk's start to its write, ssh and parse included. */
    long loop;
    long chunks;
    long lines;
    long rows;

    private long chunkStart;
    private long writeEnd;
    private long checkpointEnd;

    /** The partition's phases, made by whichever of its artifacts asks first. */
    static CollectionPhases of(StepContext step) {
        if (step.getTransientUserData() instanceof CollectionPhases p) {
            return p;
        }
        CollectionPhases p = new CollectionPhases();
        step.setTransientUserData(p);
        return p;
    }

    /** A chunk begins: the previous one's transaction has just committed. */
    void chunkBegins() {
        long now = System.nanoTime();
        commitEnds(now);
        chunkStart = now;
        chunks++;
    }

    void writeBegins(long now) {
        if (chunkStart != 0) {
            loop += now - chunkStart;
            chunkStart = 0;
        }
    }

    void writeEnds(long now) {
        writeEnd = now;
    }

    /** JBeret has saved the checkpoint; the commit follows. */
    void checkpointEnds() {
        long now = System.nanoTime();
        if (writeEnd != 0) {
            checkpoint += now - writeEnd;
            writeEnd = 0;
        }
        checkpointEnd = now;
    }

    /** The reader closes after the last commit (or before a retry). */
    void closing() {
        commitEnds(System.nanoTime());
    }

    private void commitEnds(long now) {
        if (checkpointEnd != 0) {
            commit += now - checkpointEnd;
            checkpointEnd = 0;
        }
    }

    /** The stream, with the time its reads wait counted as ssh. */
    InputStream timed(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                long t = System.nanoTime();
                try {
                    return super.read(b, off, len);
                } finally {
                    ssh += System.nanoTime() - t;
                }
            }
        };
    }

    String summary() {
        return String.format("%d lines, %d rows, %d chunks: ssh %d ms, read %d ms, parse %d ms, insert %d ms (lookup %d ms), "
                        + "rollup %d ms, counts %d ms, checkpoint %d ms, commit %d ms", lines, rows, chunks, ms(ssh),
                ms(Math.max(0, loop - ssh - parse)), ms(parse), ms(insert), ms(lookup), ms(rollup), ms(counts),
                ms(checkpoint), ms(commit));
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
