package org.psmm.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Where the report's CSV is streamed: kept as plain CSV up to {@code plainLimit} bytes; past it,
 * what was written so far and the rest are gzipped (a big day's CSV compresses about tenfold, and
 * mail relays refuse big mails); past {@code compressedLimit} compressed bytes, the bytes are
 * dropped and only counted, and the mail says where to export the day instead. Memory stays
 * bounded by the limits whatever the day holds.
 */
final class ReportCsvBuffer extends OutputStream {

    private final int plainLimit;
    private final int compressedLimit;
    private ByteArrayOutputStream plain = new ByteArrayOutputStream();
    private ByteArrayOutputStream compressed;
    private GZIPOutputStream gzip;
    private boolean omitted;
    private long written;

    ReportCsvBuffer(int plainLimit, int compressedLimit) {
        this.plainLimit = plainLimit;
        this.compressedLimit = compressedLimit;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        written += len;
        if (omitted) {
            return;
        }
        if (gzip == null && plain.size() + len <= plainLimit) {
            plain.write(b, off, len);
            return;
        }
        if (gzip == null) {
            compressed = new ByteArrayOutputStream(plainLimit / 4);
            gzip = new GZIPOutputStream(compressed, 64 * 1024);
            plain.writeTo(gzip);
            plain = null;
        }
        gzip.write(b, off, len);
        if (compressed.size() > compressedLimit) {
            omitted = true;
            gzip = null;
            compressed = null;
        }
    }

    boolean compressed() {
        return plain == null;
    }

    boolean omitted() {
        return omitted;
    }

    long written() {
        return written;
    }

    /** The bytes to attach (plain or gzip), or null when omitted. Call once, after the last write. */
    byte[] bytes() throws IOException {
        if (omitted) {
            return null;
        }
        if (plain != null) {
            return plain.toByteArray();
        }
        gzip.finish();
        if (compressed.size() > compressedLimit) {
            omitted = true;
            return null;
        }
        return compressed.toByteArray();
    }
}
