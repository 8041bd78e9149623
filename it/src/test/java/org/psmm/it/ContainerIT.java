package org.psmm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PSMM as an administrator deploys it with containers, on a real engine (podman, with runc: see
 * docker/README.md): the images built from this checkout (docker/Containerfile on the offline base
 * of docker/base-images, and the MariaDB beside it), MariaDB and PSMM started as compose.yaml
 * starts them, ports published on loopback only. PSMM comes up healthy, a host is added through
 * the API, and a new PSMM container made from the same volume finds the host, the same SSH key
 * and the same HTTPS certificate. Everything it starts is named psmm-it-* and removed at the end,
 * pass or fail. Without podman it fails: a test that did not run did not pass.
 */
class ContainerIT {

    private static final Path CHECKOUT = Path.of(System.getProperty("psmm.checkout", "..")).toAbsolutePath().normalize();
    private static final String RUNTIME = System.getProperty("it.container.runtime", "runc");
    private static final int HTTPS_PORT = Integer.getInteger("it.container.https.port", 18443);
    private static final int HTTP_PORT = Integer.getInteger("it.container.http.port", 18080);
    private static final String APP_IMAGE = "localhost/psmm-it-app:latest";
    private static final String DB_IMAGE = "localhost/psmm-it-db:latest";
    private static final String NETWORK = "psmm-it-net";
    private static final String DB = "psmm-it-db";
    private static final String APP = "psmm-it-app";
    private static final String CHECK = "psmm-it-check";
    private static final String DATA_VOLUME = "psmm-it-data";
    private static final String DB_VOLUME = "psmm-it-dbdata";
    private static final String DB_PASSWORD = "it-db-password-1";
    private static final String ADMIN_PASSWORD = "it-container-admin-1";
    private static final String BASE = "http://127.0.0.1:" + HTTP_PORT + "/psmm";
    private static final String HTTPS_BASE = "https://127.0.0.1:" + HTTPS_PORT + "/psmm";

    @BeforeAll
    static void podmanAndImages() throws Exception {
        try {
            Process p = new ProcessBuilder("podman", "--version").redirectErrorStream(true).start();
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                fail("podman does not answer: apt-get install podman runc debootstrap (.ci/run installs them)");
            }
        } catch (IOException e) {
            fail("podman is needed for the container test: apt-get install podman runc debootstrap (.ci/run installs them)");
        }
        removeWhatThisTestStarts();
        run(Duration.ofMinutes(20), CHECKOUT.resolve("docker/base-images").toString());
        podman(Duration.ofMinutes(10), "build", "--format", "docker", "-f", "docker/Containerfile",
                "--build-arg", "BASE_IMAGE=localhost/psmm-base:bookworm", "-t", APP_IMAGE, ".");
        podman(Duration.ofMinutes(5), "build", "--format", "docker", "-f", "docker/mariadb.Containerfile", "-t", DB_IMAGE, ".");
    }

    @AfterAll
    static void removeEverything() throws Exception {
        removeWhatThisTestStarts();
        podman(Duration.ofMinutes(2), true, "rmi", "-f", APP_IMAGE, DB_IMAGE);
    }

    private static void removeWhatThisTestStarts() throws Exception {
        podman(Duration.ofMinutes(2), true, "rm", "-f", "-t", "10", APP, DB, CHECK);
        podman(Duration.ofMinutes(1), true, "volume", "rm", "-f", DATA_VOLUME, DB_VOLUME);
        podman(Duration.ofMinutes(1), true, "network", "rm", "-f", NETWORK);
    }

    @Test
    void aNewContainerFromTheSameVolumeKeepsTheHostsTheSshKeyAndTheCertificate() throws Exception {
        String imageSize = podman(Duration.ofSeconds(30), "image", "inspect", "--format", "{{.Size}}", APP_IMAGE).strip();
        System.out.printf("container: image %s is %d MB%n", APP_IMAGE, Long.parseLong(imageSize) / 1_000_000);

        podman(Duration.ofMinutes(1), "network", "create", NETWORK);
        podman(Duration.ofMinutes(1), "run", "-d", "--name", DB, "--network", NETWORK, "--network-alias", "db",
                "--ulimit", "nofile=16384:16384", "--ulimit", "nproc=16384:16384", "-e", "MARIADB_DATABASE=psmm", "-e", "MARIADB_USER=psmm",
                "-e", "MARIADB_PASSWORD=" + DB_PASSWORD, "-v", DB_VOLUME + ":/var/lib/mysql", DB_IMAGE);

        Duration first = startPsmm();
        System.out.printf("container: run to health UP in %.1f s (first start: empty database)%n", first.toMillis() / 1000.0);
        // The image's own HEALTHCHECK (kept by the docker format) says the same.
        podman(Duration.ofMinutes(1), "healthcheck", "run", APP);

        // PSMM's own certificate, read from its volume: the client trusts exactly it.
        String pem = podman(Duration.ofSeconds(30), "exec", APP, "cat", "/var/lib/psmm/tls/psmm.pem");
        HttpClient https = trusting(pem);
        HttpResponse<String> plain = http(HttpClient.newHttpClient(), request(BASE + "/api/hosts").GET().build());
        assertEquals(308, plain.statusCode(), "beyond loopback plain HTTP only redirects");
        assertEquals(HTTPS_BASE + "/api/hosts", plain.headers().firstValue("Location").orElseThrow(),
                "to the published HTTPS port (PSMM_HTTPS_PUBLIC_PORT)");

        assertEquals(200, http(https, authorized(HTTPS_BASE + "/api/me").GET().build()).statusCode(), "the admin signs in");
        assertEquals(401, http(https, request(HTTPS_BASE + "/api/me").header("Authorization", basic("admin", "wrong password 1"))
                .GET().build()).statusCode());
        HttpResponse<String> added = http(https, authorized(HTTPS_BASE + "/api/hosts").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"name":"ct-web-1","address":"192.0.2.44","roles":["WEB"],"site":"Container","timeZone":"Europe/Paris"}
                        """)).build());
        assertEquals(201, added.statusCode(), added.body());
        JsonObject keyBefore = json(http(https, authorized(HTTPS_BASE + "/api/ssh/identity").GET().build()).body());

        // The container goes, its volume stays: a new one is made from the same image and volume.
        podman(Duration.ofMinutes(2), "rm", "-f", "-t", "30", APP);
        Duration second = startPsmm();
        System.out.printf("container: run to health UP in %.1f s (same volume, database kept)%n", second.toMillis() / 1000.0);

        HttpClient sameTrust = trusting(pem);
        HttpResponse<String> hosts = http(sameTrust, authorized(HTTPS_BASE + "/api/hosts").GET().build());
        assertEquals(200, hosts.statusCode(), "the same certificate is served (the old trust still works)");
        List<String> names = new ArrayList<>();
        for (JsonValue h : Json.createReader(new StringReader(hosts.body())).readArray()) {
            names.add(h.asJsonObject().getString("name"));
        }
        assertTrue(names.contains("ct-web-1"), "the host is still there: " + names);
        JsonObject keyAfter = json(http(sameTrust, authorized(HTTPS_BASE + "/api/ssh/identity").GET().build()).body());
        assertEquals(keyBefore.getString("fingerprint"), keyAfter.getString("fingerprint"), "PSMM's SSH key is the same");
        assertEquals(keyBefore.getString("publicKey"), keyAfter.getString("publicKey"));
        assertEquals(pem, podman(Duration.ofSeconds(30), "exec", APP, "cat", "/var/lib/psmm/tls/psmm.pem"));
    }

    @Test
    void aBadValueStopsTheContainerWithOneSentence() throws Exception {
        Result r = exec(Duration.ofMinutes(2), podmanCommand("run", "--rm", "--name", CHECK, "--ulimit", "nofile=16384:16384", "--ulimit", "nproc=16384:16384",
                "-e", "PSMM_HTTP_PORT=80a", "-e", "TZ=Europe/Pariss", "-e", "PSMM_SMTP_HOST=", APP_IMAGE));
        String said = r.out() + r.err();
        assertNotEquals(0, r.code(), said);
        assertTrue(said.contains("psmm: PSMM_HTTP_PORT must be a port number from 1 to 65535, not '80a'"), said);
        assertTrue(said.contains("psmm: TZ is not a time zone: 'Europe/Pariss'"), said);
        assertFalse(said.contains("PSMM_SMTP_HOST"), "an empty variable is the default, not a mistake: " + said);
        assertFalse(said.contains("JBoss Bootstrap"), "the server did not start: " + said);
    }

    /** Runs PSMM's container as compose.yaml does and waits for health UP; the time from run to UP. */
    private static Duration startPsmm() throws Exception {
        long start = System.nanoTime();
        podman(Duration.ofMinutes(1), "run", "-d", "--name", APP, "--hostname", "psmm", "--network", NETWORK,
                "--ulimit", "nofile=16384:16384", "--ulimit", "nproc=16384:16384",
                "-p", "127.0.0.1:" + HTTPS_PORT + ":8443", "-p", "127.0.0.1:" + HTTP_PORT + ":8080",
                "-e", "PSMM_DB_URL=jdbc:mariadb://db:3306/psmm", "-e", "PSMM_DB_USER=psmm", "-e", "PSMM_DB_PASSWORD=" + DB_PASSWORD,
                "-e", "PSMM_ADMIN_PASSWORD=" + ADMIN_PASSWORD, "-e", "PSMM_HTTPS_PUBLIC_PORT=" + HTTPS_PORT,
                // Empty means the default, as in a compose file that passes ${PSMM_SMTP_HOST:-}.
                "-e", "PSMM_SMTP_HOST=", "-e", "PSMM_AUTH_FAILURES_SCHEDULED=false", "-e", "PSMM_SNMP_SCHEDULED=false",
                "-e", "TZ=Europe/Paris", "-v", DATA_VOLUME + ":/var/lib/psmm", APP_IMAGE);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(6);
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> health = client.send(request(BASE + "/api/health").timeout(Duration.ofSeconds(5)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"status\":\"UP\"")) {
                    return Duration.ofNanos(System.nanoTime() - start);
                }
            } catch (IOException e) {
                // not listening yet
            }
            String state = podman(Duration.ofSeconds(30), true, "inspect", "--format", "{{.State.Status}}", APP).strip();
            if (!state.equals("running") && !state.equals("created") && !state.equals("configured")) {
                fail("PSMM's container stopped (" + state + "):\n" + logTail());
            }
            Thread.sleep(1000);
        }
        return fail("PSMM's container was not healthy within 6 minutes:\n" + logTail());
    }

    private static String logTail() throws Exception {
        String log = podman(Duration.ofSeconds(30), true, "logs", APP);
        return log.length() > 6000 ? log.substring(log.length() - 6000) : log;
    }

    private static HttpClient trusting(String pem) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("psmm", CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII))));
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, tmf.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
    }

    private static HttpRequest.Builder authorized(String url) {
        return request(url).header("Authorization", basic("admin", ADMIN_PASSWORD));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> http(HttpClient client, HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static String podman(Duration limit, String... args) throws Exception {
        return podman(limit, false, args);
    }

    /** podman with the runtime that works here (runc), from the checkout: its standard output, or a failure. */
    private static String podman(Duration limit, boolean mayFail, String... args) throws Exception {
        return run(limit, mayFail, podmanCommand(args));
    }

    private static String[] podmanCommand(String... args) {
        List<String> command = new ArrayList<>(List.of("podman", "--runtime", RUNTIME));
        command.addAll(List.of(args));
        return command.toArray(String[]::new);
    }

    private static String run(Duration limit, String... command) throws Exception {
        return run(limit, false, command);
    }

    private static String run(Duration limit, boolean mayFail, String... command) throws Exception {
        Result r = exec(limit, command);
        if (r.code() != 0 && !mayFail) {
            fail(String.join(" ", command) + " failed (" + r.code() + "):\n" + tail(r.out() + r.err()));
        }
        return r.out();
    }

    private record Result(int code, String out, String err) {
    }

    /** Standard output apart from standard error: podman writes warnings there (no systemd here). */
    private static Result exec(Duration limit, String... command) throws Exception {
        Path out = Files.createTempFile("psmm-it-podman", ".out");
        Path err = Files.createTempFile("psmm-it-podman", ".err");
        try {
            Process p = new ProcessBuilder(command).directory(CHECKOUT.toFile()).redirectOutput(out.toFile())
                    .redirectError(err.toFile()).start();
            if (!p.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail(String.join(" ", command) + " did not end within " + limit);
            }
            return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static String tail(String s) {
        return s.length() > 4000 ? s.substring(s.length() - 4000) : s;
    }
}
