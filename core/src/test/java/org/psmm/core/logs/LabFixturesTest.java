package org.psmm.core.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The logs the lab's real servers wrote ({@code fixtures/lab}, see its README): exactly the listed
 * failures are reported, each attempt once, with the listed user, address, kind and time.
 */
class LabFixturesTest {

    /** The day after the last capture, in the lab machine's zone (UTC): syslog lines get 2026. */
    static final ParseContext LAB = ParseContext.of(ZoneOffset.UTC,
            Clock.fixed(Instant.parse("2026-12-03T08:00:00Z"), ZoneOffset.UTC));

    @ParameterizedTest
    @CsvSource({"sshd-auth, sshd", "sshd-auth-rfc3339, sshd", "vsftpd, vsftpd", "nginx-error, nginx",
        "mariadb-error, mariadb", "pam-auth, pam",
        "vsftpd-hostile, vsftpd", "pam-vsftpd, pam"})
    void exactlyTheListedFailures(String name, String formatId) throws IOException {
        LogFormat format = LogFormat.byId(formatId).orElseThrow();
        List<String> lines = lines(name + ".log");
        Map<Integer, Map<String, Object>> expected = expected(name + ".expected.jsonl");
        Map<Integer, Integer> attemptOf = attempts(expected);

        assertEquals(Optional.of(format), FormatDetector.detect(lines, LAB), "detected format of " + name);

        LogLineParser parser = format.newParser();
        Map<Integer, Integer> reportsPerAttempt = new HashMap<>();
        for (int n = 1; n <= lines.size(); n++) {
            Optional<ParsedFailure> got = parser.parse(lines.get(n - 1), LAB);
            if (got.isEmpty()) {
                continue;
            }
            Map<String, Object> want = expected.get(n);
            if (want == null) {
                fail(name + ":" + n + " is not a failure but gave " + got.get());
            }
            ParsedFailure f = got.get();
            String where = name + ":" + n;
            assertEquals(want.get("kind"), f.kind().id(), where + " kind");
            assertEquals(want.get("user"), f.user(), where + " user");
            Object ip = want.get("ip") != null ? want.get("ip") : want.get("host");
            assertEquals(ip, f.ip(), where + " ip");
            assertEquals(LocalDateTime.parse((String) want.get("time")), f.localTime(), where + " time");
            assertEquals(want.get("service"), f.service(), where + " service");
            reportsPerAttempt.merge(attemptOf.get(n), 1, Integer::sum);
        }
        for (Map.Entry<Integer, Integer> a : attemptOf.entrySet()) {
            assertEquals(1, reportsPerAttempt.getOrDefault(a.getValue(), 0),
                    name + ": the attempt of line " + a.getKey() + " must be reported once");
        }
    }

    /**
     * Expected lines grouped into attempts: sshd's by pid, and a line that carries no address
     * (pam_listfile's refusal) with the next line of the same user, as the README says.
     */
    private static Map<Integer, Integer> attempts(Map<Integer, Map<String, Object>> expected) {
        Map<Integer, Integer> attemptOf = new LinkedHashMap<>();
        Map<Object, Integer> byPid = new HashMap<>();
        List<Integer> waiting = new ArrayList<>();
        for (Map.Entry<Integer, Map<String, Object>> e : expected.entrySet()) {
            int line = e.getKey();
            Map<String, Object> want = e.getValue();
            if (want.get("ip") == null && want.get("host") == null) {
                waiting.add(line);
                continue;
            }
            int attempt = want.containsKey("pid") ? byPid.computeIfAbsent(want.get("pid"), p -> line) : line;
            attemptOf.put(line, attempt);
            for (int w : waiting) {
                assertEquals(expected.get(w).get("user"), want.get("user"), "addressless line " + w);
                attemptOf.put(w, attempt);
            }
            waiting.clear();
        }
        assertTrue(waiting.isEmpty(), "addressless lines without a following attempt: " + waiting);
        return attemptOf;
    }

    static List<String> lines(String resource) throws IOException {
        List<String> lines = new ArrayList<>();
        try (InputStream in = open(resource); LogLineReader r = new LogLineReader(in)) {
            while (r.next()) {
                lines.add(r.line());
            }
        }
        return lines;
    }

    static Map<Integer, Map<String, Object>> expected(String resource) throws IOException {
        Map<Integer, Map<String, Object>> expected = new LinkedHashMap<>();
        for (String line : lines(resource)) {
            if (!line.isBlank()) {
                Map<String, Object> e = FlatJson.parse(line);
                expected.put(((Number) e.get("line")).intValue(), e);
            }
        }
        return expected;
    }

    private static InputStream open(String resource) {
        InputStream in = LabFixturesTest.class.getResourceAsStream("/fixtures/lab/" + resource);
        assertNotNull(in, resource);
        return in;
    }

    /** Just enough JSON for the fixtures' flat objects: strings, numbers, true, false, null. */
    static final class FlatJson {
        private final String s;
        private int p;

        private FlatJson(String s) {
            this.s = s;
        }

        static Map<String, Object> parse(String s) {
            FlatJson j = new FlatJson(s.trim());
            Map<String, Object> out = new LinkedHashMap<>();
            j.expect('{');
            while (true) {
                j.skipSpace();
                if (j.s.charAt(j.p) == '}') {
                    return out;
                }
                String key = j.string();
                j.skipSpace();
                j.expect(':');
                j.skipSpace();
                out.put(key, j.value());
                j.skipSpace();
                if (j.s.charAt(j.p) == ',') {
                    j.p++;
                }
            }
        }

        private Object value() {
            char c = s.charAt(p);
            if (c == '"') {
                return string();
            }
            for (String word : new String[] {"null", "true", "false"}) {
                if (s.startsWith(word, p)) {
                    p += word.length();
                    return word.equals("null") ? null : Boolean.valueOf(word);
                }
            }
            int start = p;
            while (p < s.length() && "+-0123456789.eE".indexOf(s.charAt(p)) >= 0) {
                p++;
            }
            return Double.valueOf(s.substring(start, p));
        }

        private String string() {
            expect('"');
            StringBuilder sb = new StringBuilder();
            while (true) {
                char c = s.charAt(p++);
                if (c == '"') {
                    return sb.toString();
                }
                if (c != '\\') {
                    sb.append(c);
                    continue;
                }
                char e = s.charAt(p++);
                switch (e) {
                    case 'n': sb.append('\n'); break;
                    case 't': sb.append('\t'); break;
                    case 'r': sb.append('\r'); break;
                    case 'b': sb.append('\b'); break;
                    case 'f': sb.append('\f'); break;
                    case 'u': sb.append((char) Integer.parseInt(s.substring(p, p + 4), 16)); p += 4; break;
                    default: sb.append(e);
                }
            }
        }

        private void expect(char c) {
            if (s.charAt(p) != c) {
                throw new IllegalArgumentException("expected " + c + " at " + p + " in " + s);
            }
            p++;
        }

        private void skipSpace() {
            while (p < s.length() && Character.isWhitespace(s.charAt(p))) {
                p++;
            }
        }
    }
}
