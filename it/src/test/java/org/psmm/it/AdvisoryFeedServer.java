package org.psmm.it;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on loopback standing for CERT-FR's site: each path serves the RSS fixture
 * (it/src/test/resources/fixtures/certfr) it was given, or another status to play an outage.
 */
final class AdvisoryFeedServer implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, byte[]> documents = new ConcurrentHashMap<>();
    private final Map<String, Integer> statuses = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();

    private AdvisoryFeedServer(HttpServer server) {
        this.server = server;
    }

    static AdvisoryFeedServer start() {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AdvisoryFeedServer s = new AdvisoryFeedServer(server);
        server.createContext("/", exchange -> {
            s.requests.incrementAndGet();
            String path = exchange.getRequestURI().getPath();
            byte[] body = s.documents.get(path);
            int status = body == null ? 404 : s.statuses.getOrDefault(path, 200);
            if (status != 200) {
                exchange.sendResponseHeaders(status, -1);
            } else {
                exchange.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=UTF-8");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
            exchange.close();
        });
        server.start();
        return s;
    }

    /** From now on {@code path} serves the fixture {@code name}, with 200. */
    void serve(String path, String fixture) {
        try (InputStream in = AdvisoryFeedServer.class.getResourceAsStream("/fixtures/certfr/" + fixture)) {
            documents.put(path, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        statuses.remove(path);
    }

    /** From now on {@code path} serves this document, with 200. */
    void serveDocument(String path, String xml) {
        documents.put(path, xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        statuses.remove(path);
    }

    /** From now on {@code path} answers this status (200 again to end the outage). */
    void answer(String path, int status) {
        statuses.put(path, status);
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
