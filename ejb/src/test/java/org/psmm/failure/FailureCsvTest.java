package org.psmm.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class FailureCsvTest {

    @Test
    void plainValuesStayAsTheyAre() {
        assertEquals("bob", FailureCsv.field("bob"));
        assertEquals("203.0.113.7", FailureCsv.field("203.0.113.7"));
        assertEquals("::1", FailureCsv.field("::1"));
        assertEquals("", FailureCsv.field(null));
        assertEquals("", FailureCsv.field(""));
    }

    @Test
    void formulaStartsAreNeutralised() {
        assertEquals("'=cmd|' /C calc'!A0", FailureCsv.field("=cmd|' /C calc'!A0"));
        assertEquals("'+1", FailureCsv.field("+1"));
        assertEquals("'-2+3", FailureCsv.field("-2+3"));
        assertEquals("'@SUM(A1)", FailureCsv.field("@SUM(A1)"));
        assertEquals("'\tx", FailureCsv.field("\tx"));
        assertEquals("a=b", FailureCsv.field("a=b"), "only a leading sign starts a formula");
    }

    @Test
    void separatorsQuotesAndLineBreaksAreQuoted() {
        assertEquals("\"a,b\"", FailureCsv.field("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", FailureCsv.field("say \"hi\""));
        assertEquals("\"two\nlines\"", FailureCsv.field("two\nlines"));
        assertEquals("\"'=1,2\"", FailureCsv.field("=1,2"), "neutralised, then quoted");
        assertEquals("\"'\r\"", FailureCsv.field("\r"));
    }

    @Test
    void aRowIsEightFieldsEndingWithCrLf() throws Exception {
        StringWriter out = new StringWriter();
        FailureCsv.writeHeader(out);
        FailureCsv.write(out, new FailureRow(1, Instant.parse("2026-11-23T10:15:30Z"),
                LocalDateTime.parse("2026-11-23T11:15:30"), 2, "web1", "ssh", "auth", "<script>alert(1)</script>",
                "198.51.100.9", "Failed password for \"x\", port 22"));
        assertEquals(FailureCsv.HEADER + "\r\n2026-11-23T10:15:30Z,2026-11-23T11:15:30,web1,ssh,auth,"
                + "<script>alert(1)</script>,198.51.100.9,\"Failed password for \"\"x\"\", port 22\"\r\n", out.toString());
    }
}
