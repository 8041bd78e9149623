package org.psmm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.psmm.it.ApiEndpoints.Endpoint;

/**
 * PSMM's door against cross-site requests, framing and eavesdropping: HTTPS only (TLS 1.2+), the
 * security headers on every kind of answer, a session cookie no other site can make the browser
 * send, an API that changes nothing for a cookie, and error pages that say nothing internal.
 */
@ExtendWith(ArquillianExtension.class)
class HttpsIT {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern ACTION = Pattern.compile("<form id=\"login-form\"[^>]*action=\"([^\"]+)\"");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PsmmServer.ear();
    }

    private static HttpResponse<String> get(String url, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return PsmmServer.http().send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void plainHttpOnlyRedirectsToHttpsAndTlsBelow12IsRefused() throws Exception {
        HttpResponse<String> console = get(PsmmServer.HTTP_URL + "/hosts.xhtml?x=1");
        assertEquals(308, console.statusCode());
        assertEquals(PsmmServer.URL + "/hosts.xhtml?x=1", console.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> api = get(PsmmServer.HTTP_URL + "/api/hosts");
        assertEquals(308, api.statusCode(), "no API answer in clear");
        assertEquals(200, get(PsmmServer.HTTP_URL + "/api/health").statusCode(), "the health check holds nothing");

        SSLContext old = SSLContext.getInstance("TLS");
        old.init(null, PsmmServer.tlsTrust(), null);
        SSLParameters onlyOld = new SSLParameters();
        onlyOld.setProtocols(new String[] {"TLSv1.1"});
        HttpClient tls11 = HttpClient.newBuilder().sslContext(old).sslParameters(onlyOld).build();
        assertThrows(IOException.class, () -> tls11.send(HttpRequest.newBuilder(URI.create(PsmmServer.URL + "/api/health")).build(),
                HttpResponse.BodyHandlers.ofString()));
        SSLParameters tls12 = new SSLParameters();
        tls12.setProtocols(new String[] {"TLSv1.2"});
        HttpClient twelve = HttpClient.newBuilder().sslContext(old).sslParameters(tls12).build();
        assertEquals(200, twelve.send(HttpRequest.newBuilder(URI.create(PsmmServer.URL + "/api/health")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void everyKindOfAnswerCarriesTheSecurityHeaders() throws Exception {
        Map<String, HttpResponse<String>> answers = Map.of(
                "login page", get(PsmmServer.URL + "/hosts.xhtml"),
                "API", get(PsmmServer.URL + "/api/health"),
                "API error", get(PsmmServer.URL + "/api/hosts"),
                "error page", get(PsmmServer.URL + "/no-such-page.xhtml"),
                "static resource", get(PsmmServer.URL + "/jakarta.faces.resource/psmm/psmm.css.xhtml"));
        for (var e : answers.entrySet()) {
            var h = e.getValue().headers();
            String what = e.getKey() + " " + h.map();
            assertEquals("nosniff", h.firstValue("X-Content-Type-Options").orElse(null), what);
            assertEquals("same-origin", h.firstValue("Referrer-Policy").orElse(null), what);
            assertEquals("DENY", h.firstValue("X-Frame-Options").orElse(null), what);
            assertTrue(h.allValues("Content-Security-Policy").stream().anyMatch(v -> v.contains("frame-ancestors 'none'")), what);
            assertTrue(h.firstValue("Strict-Transport-Security").orElse("").startsWith("max-age="), what);
            assertTrue(h.firstValue("Server").isEmpty() && h.firstValue("X-Powered-By").isEmpty(), "no banner: " + what);
        }
        String pagePolicy = String.join(" ", answers.get("login page").headers().allValues("Content-Security-Policy"));
        assertTrue(pagePolicy.matches(".*script-src 'self' 'nonce-[^']+'.*"), "scripts only with the page's nonce: " + pagePolicy);
        assertFalse(pagePolicy.contains("unsafe-eval") || pagePolicy.matches(".*script-src[^;]*unsafe-inline.*"), pagePolicy);
        String apiPolicy = String.join(" ", answers.get("API").headers().allValues("Content-Security-Policy"));
        assertTrue(apiPolicy.contains("default-src 'none'"), apiPolicy);
    }

    @Test
    void theSessionCookieIsLaxHttpOnlySecureAndTheApiChangesNothingForIt() throws Exception {
        String cookie = signIn(PsmmServer.ADMIN, PsmmServer.ADMIN_PASSWORD);
        HttpResponse<String> read = get(PsmmServer.URL + "/api/hosts", "Cookie", cookie);
        assertEquals(200, read.statusCode(), "a console session reads (the failures CSV): " + read.body());

        List<String> allowed = new ArrayList<>();
        for (Endpoint e : ApiEndpoints.all()) {
            if (e.method().equals("GET")) {
                continue;
            }
            // What a page of another site can make the browser send: a form post with the cookie.
            HttpRequest forged = HttpRequest.newBuilder(URI.create(PsmmServer.URL + "/api/" + e.callable()))
                    .header("Cookie", cookie).header("Origin", "https://evil.example")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .method(e.method(), HttpRequest.BodyPublishers.ofString("x=1")).build();
            HttpResponse<String> r = PsmmServer.http().send(forged, HttpResponse.BodyHandlers.ofString());
            // 403: the cookie is not enough; 415: JAX-RS refused the form body before any of our code ran.
            if (r.statusCode() != 403 && r.statusCode() != 415) {
                allowed.add(e.key() + " → " + r.statusCode());
            }
        }
        assertEquals(List.of(), allowed, "state changes refused for a cookie");
        HttpResponse<String> basic = PsmmServer.http().send(HttpRequest.newBuilder(URI.create(PsmmServer.URL + "/api/metrics/purge"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (PsmmServer.ADMIN + ":" + PsmmServer.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, basic.statusCode(), "scripts with HTTP Basic work as before: " + basic.body());
    }

    @Test
    void aBogusViewStateGetsPsmmsPageWithNoStackTraceNorVersion() throws Exception {
        String cookie = signIn(PsmmServer.ADMIN, PsmmServer.ADMIN_PASSWORD);
        HttpRequest bogus = HttpRequest.newBuilder(URI.create(PsmmServer.URL + "/hosts.xhtml"))
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("hostsForm=hostsForm&jakarta.faces.ViewState=" + URLEncoder.encode(
                        "-1234567890:987654321", StandardCharsets.UTF_8))).build();
        HttpResponse<String> r = PsmmServer.http().send(bogus, HttpResponse.BodyHandlers.ofString());
        assertTrue(r.body().contains("data-kind=\"expired\""), r.statusCode() + " " + r.body());
        // PrimeFaces' own settings script names the exception class its error pages are for: not shown text.
        String shown = r.body().replaceAll("(?s)<script[^>]*>.*?</script>", "").replace("jakarta.faces.resource", "");
        for (String internal : List.of("\tat ", "Exception", "WildFly", "Mojarra", "Undertow", "jakarta.faces")) {
            assertFalse(shown.contains(internal), internal + " shown: " + r.body());
        }
        HttpResponse<String> missing = get(PsmmServer.URL + "/no-such-page.xhtml", "Cookie", cookie);
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("data-kind=\"missing\""), missing.body());
        HttpResponse<String> french = get(PsmmServer.URL + "/no-such-page.xhtml", "Cookie", cookie, "Accept-Language", "fr");
        assertTrue(french.body().contains("Page introuvable") || french.body().contains("No such page"), french.body());
    }

    @Test
    void bin_psmmMakesASelfSignedCertificateOnceForTheDataDirectory(@TempDir Path data) throws Exception {
        String script = ". bin/lib/tls.sh; say() { echo \"$*\"; }; fail() { echo \"FAIL $*\"; exit 1; };"
                + " tls_prepare 127.0.0.1 >/dev/null; echo \"$PSMM_TLS_KEYSTORE\"; tls_fingerprint";
        String first = run(data, script);
        String second = run(data, script);
        assertEquals(first, second, "made once, then reused");
        Path keystore = data.resolve("tls/psmm.p12");
        assertTrue(first.startsWith(keystore.toString()), first);
        assertTrue(first.matches("(?s).*\\n([0-9A-F]{2}:){31}[0-9A-F]{2}\\s*"), "its SHA-256 fingerprint: " + first);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keystore)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("tls/psmm.p12.password"))));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("tls"))));
    }

    private static String run(Path data, String script) throws Exception {
        Path root = Path.of(System.getProperty("psmm.lab.scripts")).getParent();
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", script).directory(root.toFile()).redirectErrorStream(true);
        pb.environment().put("PSMM_DATA_DIR", data.toString());
        pb.environment().remove("PSMM_TLS_KEYSTORE");
        pb.environment().remove("PSMM_TLS_KEYSTORE_PASSWORD");
        Process q = pb.start();
        String out = new String(q.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, q.waitFor(), out);
        return out;
    }

    /** Signs in on the console's form as a browser does; returns the session cookie it ends with. */
    private static String signIn(String user, String password) throws Exception {
        HttpResponse<String> form = get(PsmmServer.URL + "/index.xhtml");
        String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        Matcher vs = VIEW_STATE.matcher(form.body());
        Matcher action = ACTION.matcher(form.body());
        assertTrue(vs.find() && action.find(), form.body());
        String body = "login-form=login-form&next=" + URLEncoder.encode("/psmm/index.xhtml", StandardCharsets.UTF_8)
                + "&j_username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&j_password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&login-submit=Sign+in&jakarta.faces.ViewState=" + URLEncoder.encode(vs.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signed = PsmmServer.http().send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:"
                        + URI.create(PsmmServer.URL).getPort() + action.group(1).replace("&amp;", "&")))
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, signed.statusCode(), signed.body());
        String setCookie = signed.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("a new session id after sign-in: " + signed.headers().map()));
        // Cookie attribute names are case-insensitive (RFC 6265): Undertow writes "secure".
        List<String> attributes = Arrays.stream(setCookie.split(";")).map(a -> a.strip().toLowerCase(Locale.ROOT)).toList();
        assertTrue(attributes.containsAll(List.of("httponly", "secure", "samesite=lax")), setCookie);
        return setCookie.split(";")[0];
    }
}
