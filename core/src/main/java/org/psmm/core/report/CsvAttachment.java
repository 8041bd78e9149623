package org.psmm.core.report;

/**
 * What the report attaches: the file name and type, how many rows it holds, whether it was
 * compressed (a big day) or left out (too big for a mail), and the bytes (null when left out).
 */
public record CsvAttachment(String name, String contentType, long rows, boolean compressed, boolean omitted,
        byte[] data) {

    public static final String CSV = "text/csv; charset=UTF-8";
    public static final String GZIP = "application/gzip";
}
