package org.psmm.it;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on loopback standing for a Google Chat space or a webhook receiver: it
 * records what it accepted (path, body, content type) and answers 200, or another status on
 * request to play an outage.
 */
final class ChatReceiver implements AutoCloseable {

    /** One accepted post. */
    record Post(String path, String body, String contentType) {
        JsonObject json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }
    }

    private final HttpServer server;
    private final AtomicInteger answer = new AtomicInteger(200);
    private final AtomicInteger refused = new AtomicInteger();
    private final List<Post> accepted = new CopyOnWriteArrayList<>();

    private ChatReceiver(HttpServer server) {
        this.server = server;
    }

    static ChatReceiver start() {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChatReceiver r = new ChatReceiver(server);
        server.createContext("/", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            int status = r.answer.get();
            if (status == 200) {
                r.accepted.add(new Post(exchange.getRequestURI().getPath(), body,
                        exchange.getRequestHeaders().getFirst("Content-Type")));
            } else {
                r.refused.incrementAndGet();
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        return r;
    }

    /** A webhook URL on this receiver, with a query string standing for the secret key and token. */
    String url(String path, String secret) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path + "?key=" + secret + "&token=" + secret;
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** From now on, answer this status instead of 200 (200 again to end the outage). */
    void answer(int status) {
        answer.set(status);
    }

    int refused() {
        return refused.get();
    }

    List<Post> all() {
        return List.copyOf(accepted);
    }

    List<JsonObject> accepted(String path) {
        return accepted.stream().filter(p -> p.path().equals(path)).map(Post::json).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
