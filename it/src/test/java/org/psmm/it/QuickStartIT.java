package org.psmm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's first command, as a new admin runs it: {@code bin/psmm start} with nothing but a
 * database, then {@code status} and {@code stop}. It must come up on HTTPS with a self-signed
 * certificate whose fingerprint it prints, print the first administrator's password once, and that
 * password must open the API. Its own PSMM_HOME, port offset and schema; no directory.
 */
class QuickStartIT {

    private static final int OFFSET = 650;
    private static final String SCHEMA = "psmm_it_quickstart";
    private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();
    private static final Path HOME = Path.of("target", "quick-start").toAbsolutePath();
    private static final Pattern FINGERPRINT = Pattern.compile("HTTPS certificate SHA-256: ([0-9A-F:]{95})");
    private static final Pattern FIRST_ADMIN = Pattern.compile("First administrator: admin / (\\S+)");

    private static String started;

    @BeforeAll
    static void start() throws Exception {
        dropSchema();
        started = psmm("start");
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            psmm("stop");
        } finally {
            dropSchema();
        }
    }

    @Test
    void itComesUpOnHttpsPrintsTheFingerprintAndTheFirstPasswordOpensTheApi() throws Exception {
        assertTrue(started.contains("PSMM is up in"), started);
        Matcher printed = FINGERPRINT.matcher(started);
        assertTrue(printed.find(), "the certificate's fingerprint is printed: " + started);
        Matcher password = FIRST_ADMIN.matcher(started);
        assertTrue(password.find(), "the first administrator's password is printed once: " + started);

        // Trust whatever it serves, to compare it with what was printed: as a person does the first time.
        X509Certificate[] served = new X509Certificate[1];
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new X509TrustManager[] {new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
                served[0] = chain[0];
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, null);
        HttpClient http = HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(10)).build();
        String base = "https://127.0.0.1:" + (8443 + OFFSET) + "/psmm/api/";
        String basic = "Basic " + Base64.getEncoder().encodeToString(("admin:" + password.group(1)).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> me = http.send(HttpRequest.newBuilder(URI.create(base + "me")).header("Authorization", basic).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, me.statusCode(), me.body());
        assertNotNull(served[0]);
        String fingerprint = HexFormat.ofDelimiter(":").withUpperCase()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(served[0].getEncoded()));
        assertEquals(printed.group(1), fingerprint, "the printed fingerprint is the served certificate's");

        String status = psmm("status");
        assertTrue(status.contains("PSMM is running") && status.contains(fingerprint), status);
        assertTrue(status.contains("\"status\":\"UP\""), status);
        assertTrue(!Files.exists(HOME.resolve("data/initial-admin-password")), "the first password is not left on disk");
    }

    /** Runs bin/psmm COMMAND with a clean PSMM_* environment of its own; returns what it printed. */
    private static String psmm(String command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(ROOT.resolve("bin/psmm").toString(), command).directory(ROOT.toFile())
                .redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("PSMM_"));
        env.put("PSMM_HOME", HOME.toString());
        env.put("PSMM_PORT_OFFSET", Integer.toString(OFFSET));
        env.put("PSMM_DB_URL", "jdbc:mariadb://127.0.0.1:3306/" + SCHEMA);
        env.put("PSMM_AUTH_FAILURES_SCHEDULED", "false");
        env.put("PSMM_SNMP_SCHEDULED", "false");
        Process p = pb.start();
        List<String> lines = new ArrayList<>();
        try (var out = p.inputReader(StandardCharsets.UTF_8)) {
            out.lines().forEach(lines::add);
        }
        if (!p.waitFor(6, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("bin/psmm " + command + " did not end: " + lines);
        }
        String output = String.join("\n", lines);
        assertEquals(0, p.exitValue(), "bin/psmm " + command + ": " + output);
        return output;
    }

    private static void dropSchema() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/", "root", "")) {
            c.createStatement().execute("DROP DATABASE IF EXISTS " + SCHEMA);
        }
    }
}
