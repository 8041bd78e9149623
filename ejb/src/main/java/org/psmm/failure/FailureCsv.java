package org.psmm.failure;

import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;

/**
 * The CSV form of failures (RFC 4180: comma, CRLF, fields quoted when they hold a comma, a quote
 * or a line break, quotes doubled). Values a spreadsheet would run as a formula (starting with
 * = + - @, a tab or a carriage return) get a leading apostrophe first: user names and raw lines
 * come from attackers.
 */
public final class FailureCsv {

    public static final String HEADER = "time_utc,local_time,host,service,kind,user,ip,raw_line";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private FailureCsv() {
    }

    public static void writeHeader(Writer out) throws IOException {
        out.write(HEADER);
        out.write("\r\n");
    }

    public static void write(Writer out, FailureRow r) throws IOException {
        out.write(field(r.occurredAt() == null ? null : r.occurredAt().toString()));
        out.write(',');
        out.write(field(r.localTime() == null ? null : LOCAL.format(r.localTime())));
        out.write(',');
        out.write(field(r.hostName()));
        out.write(',');
        out.write(field(r.service()));
        out.write(',');
        out.write(field(r.kind()));
        out.write(',');
        out.write(field(r.user()));
        out.write(',');
        out.write(field(r.ip()));
        out.write(',');
        out.write(field(r.rawLine()));
        out.write("\r\n");
    }

    /** One field: neutralised against formulas, then quoted if needed. Null is an empty field. */
    public static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String v = value;
        char first = v.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            v = "'" + v;
        }
        boolean quote = false;
        for (int i = 0; i < v.length() && !quote; i++) {
            char c = v.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }
}
