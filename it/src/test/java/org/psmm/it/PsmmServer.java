package org.psmm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.mindrot.jbcrypt.BCrypt;
import org.psmm.it.PsmmServer.Reply;
import org.psmm.it.clock.TestClockResource;

/**
 * The PSMM under test, seen from outside: the EAR the build produced, its URL, its database,
 * and an HTTP client speaking to its API as a given user.
 */
public final class PsmmServer {

    /** The tests' server: HTTPS on 8443 + the port offset, with the tests' own certificate (it/pom.xml). */
    public static final String URL = "https://127.0.0.1:" + (8443 + offset()) + "/psmm";
    /** Its plain HTTP port, which only redirects to HTTPS. */
    public static final String HTTP_URL = "http://127.0.0.1:" + (8080 + offset()) + "/psmm";
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = required("psmm.admin.password");

    private static final SSLContext TLS = trustingTheTestsCertificate();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .sslContext(TLS)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private PsmmServer() {
    }

    /**
     * The real EAR from ear/target, not an archive assembled by hand, with one module added that
     * only the tests have: the endpoint that moves PSMM's clock (TestClock).
     */
    public static EnterpriseArchive ear() {
        File ear = new File(required("psmm.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("No EAR at " + ear + ": build the ear module first");
        }
        EnterpriseArchive archive = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
        WebArchive clock = ShrinkWrap.create(WebArchive.class, TestClock.CONTEXT + ".war")
                .addPackage(TestClockResource.class.getPackage())
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        archive.addAsModule(clock);
        String application = new String(readAll(archive.get("META-INF/application.xml").getAsset().openStream()),
                StandardCharsets.UTF_8);
        archive.delete("META-INF/application.xml");
        archive.setApplicationXML(new StringAsset(application.replace("<library-directory>",
                "<module><web><web-uri>" + TestClock.CONTEXT + ".war</web-uri><context-root>/" + TestClock.CONTEXT
                        + "</context-root></web></module>\n  <library-directory>")));
        return archive;
    }

    private static byte[] readAll(java.io.InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Connection database() throws SQLException {
        return DriverManager.getConnection(required("psmm.db.url"), "root", "");
    }

    /** The number a one-value query of the database gives for {@code param}; fails on no row or NULL. */
    public static long number(String sql, String param) {
        try (Connection c = database(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getObject(1) == null) {
                    throw new AssertionError("no value for " + param + ": " + sql);
                }
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A console/API user with one role, written as an administrator would have it stored. */
    public static void ensureUser(String username, String password, String role) throws SQLException {
        try (Connection c = database();
                PreparedStatement user = c.prepareStatement(
                        "INSERT IGNORE INTO app_user (username, password_hash, enabled, created_at) VALUES (?, ?, TRUE, NOW(6))");
                PreparedStatement grant = c.prepareStatement(
                        "INSERT IGNORE INTO app_user_role (username, role_name) VALUES (?, ?)")) {
            user.setString(1, username);
            user.setString(2, BCrypt.hashpw(password, BCrypt.gensalt(10)));
            user.executeUpdate();
            grant.setString(1, username);
            grant.setString(2, role);
            grant.executeUpdate();
        }
    }

    public record Reply(int status, String body, HttpResponse<String> raw) {
        public JsonObject json() {
            return (JsonObject) parse();
        }

        public JsonArray jsonArray() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }
    }

    /** A caller of the API; null user means no credentials at all. */
    public static Api api(String user, String password) {
        return new Api(user, password);
    }

    public static Api admin() {
        return api(ADMIN, ADMIN_PASSWORD);
    }

    /** A caller of another PSMM than the tests' server (ClusterIT's nodes), at BASE (…/psmm). */
    public static Api api(String base, String user, String password) {
        return new Api(base, user, password);
    }

    /** Puts PSMM's clock back on real time and returns the offset it had (see TestClock). */
    public static long useRealClock() {
        return TestClock.useReal();
    }

    public static void setClockOffset(long offsetSeconds) {
        TestClock.setOffset(offsetSeconds);
    }

    /**
     * Deletes every host (and with it its log sources and failures). The auth-failures job reads
     * every enabled source of every host, so a test class that runs it starts from no host: what
     * earlier classes left (a lab host whose key another test changed, one whose sshd it stopped)
     * must not fail its runs.
     */
    public static void removeAllHosts() {
        Api api = admin();
        for (jakarta.json.JsonValue h : api.get("hosts").jsonArray()) {
            long id = h.asJsonObject().getJsonNumber("id").longValue();
            Reply r = api.delete("hosts/" + id);
            if (r.status() != 204 && r.status() != 404) {
                throw new IllegalStateException("cannot delete host " + id + ": " + r.status() + " " + r.body());
            }
        }
    }

    public static final class Api {
        private final String authorization;
        private final String base;

        private Api(String user, String password) {
            this(URL, user, password);
        }

        private Api(String base, String user, String password) {
            this.base = base;
            this.authorization = user == null ? null
                    : "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        }

        public Reply get(String path) {
            return send(builder(path).GET());
        }

        public Reply delete(String path) {
            return send(builder(path).DELETE());
        }

        public Reply post(String path, String json) {
            return send(builder(path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)));
        }

        public Reply put(String path, String json) {
            return send(builder(path).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(json)));
        }

        private HttpRequest.Builder builder(String path) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/api/" + path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Accept", "application/json");
            if (authorization != null) {
                b.header("Authorization", authorization);
            }
            return b;
        }

        private static Reply send(HttpRequest.Builder b) {
            try {
                HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
                return new Reply(r.statusCode(), r.body(), r);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** TLS that trusts the tests' server certificate and nothing else. */
    public static SSLContext tls() {
        return TLS;
    }

    /** An HTTP client for the tests' server (its certificate trusted), redirects not followed. */
    public static HttpClient http() {
        return HTTP;
    }

    /** The tests' server certificate, as PSMM serves it. */
    public static X509Certificate certificate() {
        try (var in = Files.newInputStream(Path.of(required("psmm.tls.keystore")))) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, required("psmm.tls.password").toCharArray());
            return (X509Certificate) ks.getCertificate("psmm");
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the tests' certificate", e);
        }
    }

    /** Trust managers that trust the tests' server certificate and nothing else. */
    public static javax.net.ssl.TrustManager[] tlsTrust() {
        try {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("psmm", certificate());
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            return tmf.getTrustManagers();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot trust the tests' certificate", e);
        }
    }

    private static SSLContext trustingTheTestsCertificate() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tlsTrust(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot trust the tests' certificate", e);
        }
    }

    private static int offset() {
        return Integer.parseInt(required("it.port.offset"));
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set: run the tests through Maven (it/pom.xml)");
        }
        return value;
    }

    /** PUT as the admin, which must answer 200. */
    public static Reply putOk(String path, String json) {
        Reply r = admin().put(path, json);
        assertEquals(200, r.status(), path + " " + r.body());
        return r;
    }
}
