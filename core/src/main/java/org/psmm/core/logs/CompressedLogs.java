package org.psmm.core.logs;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** Rotated logs are often gzipped ({@code auth.log.2.gz}): recognised by their magic bytes, not their name. */
public final class CompressedLogs {

    private static final int GZIP_MAGIC_1 = 0x1f;
    private static final int GZIP_MAGIC_2 = 0x8b;

    private CompressedLogs() {
    }

    /** The stream's content, decompressed if it starts with the gzip magic bytes. */
    public static InputStream decompressIfGzip(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 64 * 1024);
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        if (b1 == GZIP_MAGIC_1 && b2 == GZIP_MAGIC_2) {
            return new GZIPInputStream(in, 64 * 1024);
        }
        return in;
    }
}
