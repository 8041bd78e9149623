package org.psmm.core.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** RawLine must answer as String does on ASCII lines: the parsers were written against String. */
class RawLineTest {

    private static final String[] NEEDLES = {"a", "ab", "b a", ", client: ", "x", " ", "aaa", "", "ba "};

    @Test
    void searchesAnswerAsStringDoesOnAsciiLines() {
        Random random = new Random(42);
        for (int round = 0; round < 3000; round++) {
            String s = randomLine(random, random.nextInt(40));
            // Inside a bigger buffer, as the reader hands lines over: nothing outside may be seen.
            byte[] buf = ("ab, client: " + s + "a b, client: ").getBytes(StandardCharsets.US_ASCII);
            RawLine line = RawLine.view();
            line.set(buf, 12, 12 + s.length());
            assertEquals(s.length(), line.length());
            assertEquals(s, line.toString());
            for (int from = -2; from <= s.length() + 2; from++) {
                for (String n : NEEDLES) {
                    String where = "'" + s + "' " + n + " " + from;
                    assertEquals(s.indexOf(n, from), line.indexOf(n, from), where);
                    assertEquals(s.lastIndexOf(n, from), line.lastIndexOf(n, from), where);
                    assertEquals(s.startsWith(n, from), line.startsWith(n, from), where);
                }
                for (char c : new char[] {'a', 'b', ' ', ',', 'z'}) {
                    assertEquals(s.indexOf(c, from), line.indexOf(c, from), s + " " + c + " " + from);
                    assertEquals(s.lastIndexOf(c, from), line.lastIndexOf(c, from), s + " " + c + " " + from);
                }
            }
            for (String n : NEEDLES) {
                assertEquals(s.contains(n), line.contains(n));
                assertEquals(s.endsWith(n), line.endsWith(n));
                assertEquals(s.indexOf(n), line.indexOf(n));
                assertEquals(s.lastIndexOf(n), line.lastIndexOf(n));
            }
            if (!s.isEmpty()) {
                int a = random.nextInt(s.length());
                int b = a + random.nextInt(s.length() - a + 1);
                assertEquals(s.substring(a, b), line.substring(a, b));
                assertEquals(s.substring(a), line.substring(a));
                assertEquals(s.charAt(a), line.charAt(a));
            }
        }
    }

    private static String randomLine(Random random, int length) {
        StringBuilder b = new StringBuilder();
        String alphabet = "ab ,:x";
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    @Test
    void nothingBeyondTheLineIsReadOrReturned() {
        RawLine line = RawLine.view();
        line.set("user=x rhost=192.0.2.1".getBytes(StandardCharsets.US_ASCII), 0, 6);
        assertEquals(-1, line.indexOf("rhost"));
        assertFalse(line.startsWith("x rhost", 5));
        assertThrows(StringIndexOutOfBoundsException.class, () -> line.charAt(6));
        assertThrows(StringIndexOutOfBoundsException.class, () -> line.substring(2, 8));
        assertThrows(StringIndexOutOfBoundsException.class, () -> line.charAt(-1));
    }

    @Test
    void nonAsciiBytesAreDecodedOnlyWhereAsked() {
        RawLine line = RawLine.of("Invalid user jérôme from 192.0.2.1");
        int from = line.indexOf(" from ");
        assertEquals("jérôme", line.substring(13, from));
        assertEquals("192.0.2.1", line.substring(from + 6));
        // A byte of a multi-byte character never equals an ASCII one.
        assertEquals(-1, line.indexOf('\u00e9'));
        assertTrue(line.charAt(14) > 0x7f);
    }

    @Test
    void invalidUtf8BecomesReplacementCharacters() {
        byte[] bytes = {'u', '=', (byte) 0xff, (byte) 0xc3, 'x'};
        RawLine line = RawLine.view();
        line.set(bytes, 0, bytes.length);
        assertEquals("\ufffd\ufffdx", line.substring(2));
    }

    @Test
    void caseInsensitiveRegionsFoldAsciiLettersOnly() {
        RawLine line = RawLine.of("PAM: Authentication FAILURE for x");
        assertTrue(line.regionMatches(true, 5, "authentication failure for ", 0, 27));
        assertFalse(line.regionMatches(false, 5, "authentication failure for ", 0, 27));
        assertFalse(line.regionMatches(true, 30, "authentication", 0, 14));
    }
}
