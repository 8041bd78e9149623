package org.psmm.it;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/** PSMM's clock as the tests move it (the test-only module PsmmServer.ear adds to the EAR). */
public final class TestClock {

    static final String CONTEXT = "psmm-test-clock";

    private TestClock() {
    }

    private static String url() {
        return PsmmServer.URL.replaceFirst("/psmm$", "/" + CONTEXT) + "/clock";
    }

    /** PSMM's now. */
    public static Instant now() {
        return Instant.parse(get().getString("now"));
    }

    public static long offsetSeconds() {
        return get().getJsonNumber("offsetSeconds").longValue();
    }

    /** Puts PSMM's clock this far from the real time (0: the real time). */
    public static void setOffset(long seconds) {
        send(HttpRequest.newBuilder(URI.create(url())).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"offsetSeconds\":" + seconds + "}")));
    }

    /** Puts PSMM's clock on real time and returns the offset it had, to put back with {@link #setOffset}. */
    public static long useReal() {
        long before = offsetSeconds();
        setOffset(0);
        return before;
    }

    private static JsonObject get() {
        return Lab.json(send(HttpRequest.newBuilder(URI.create(url())).GET()));
    }

    private static String send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = PsmmServer.http().send(b.header("Accept", "application/json").timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("PSMM's test clock answered " + r.statusCode() + " " + r.body());
            }
            return r.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
