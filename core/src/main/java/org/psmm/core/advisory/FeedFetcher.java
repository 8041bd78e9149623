package org.psmm.core.advisory;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Reads a feed over HTTP(S) with the JDK's client, through the proxy if one is set, and parses
 * it. A document bigger than {@link #MAX_BYTES} is refused; redirects are followed (CERT-FR
 * redirects http to https) but never from https to http.
 */
public final class FeedFetcher {

    public static final int MAX_BYTES = 8 << 20;

    private final HttpClient client;
    private final Duration timeout;
    private final RssFeedParser parser = new RssFeedParser();

    public FeedFetcher(Optional<FeedProxy> proxy, Executor executor, Duration connectTimeout, Duration timeout) {
        HttpClient.Builder b = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL);
        proxy.ifPresent(b::proxy);
        if (executor != null) {
            b.executor(executor);
        }
        this.client = b.build();
        this.timeout = timeout;
    }

    /** A feed that could not be read: the message says why, for the feed's status. */
    public static final class FetchFailed extends Exception {
        private static final long serialVersionUID = 1L;

        public FetchFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public ParsedFeed fetch(URI feed) throws FetchFailed {
        HttpRequest request = HttpRequest.newBuilder(feed).timeout(timeout)
                .header("Accept", "application/rss+xml, application/xml;q=0.9, */*;q=0.1")
                .header("User-Agent", "PSMM advisories")
                .GET().build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new FetchFailed("HTTP " + response.statusCode(), null);
                }
                byte[] bytes = body.readNBytes(MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw new FetchFailed("the feed is bigger than " + (MAX_BYTES >> 20) + " MiB", null);
                }
                return parser.parse(new java.io.ByteArrayInputStream(bytes));
            }
        } catch (HttpTimeoutException e) {
            throw new FetchFailed("no answer within " + timeout.toSeconds() + " s", e);
        } catch (IOException e) {
            throw new FetchFailed("cannot read the feed: " + describe(e), e);
        } catch (FeedFormatException e) {
            throw new FetchFailed(plain(e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchFailed("interrupted", e);
        }
    }

    /** Why, in words an admin reads: never a Java class name or a stack. */
    static String describe(IOException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        String why;
        if (e instanceof java.net.http.HttpConnectTimeoutException) {
            why = "no connection within the time allowed";
        } else if (e instanceof java.net.ConnectException) {
            why = "connection refused" + (m.isBlank() ? "" : " (" + m + ")");
        } else if (e instanceof java.net.UnknownHostException) {
            why = "unknown host " + m;
        } else if (e instanceof javax.net.ssl.SSLException) {
            why = "TLS failed: " + m;
        } else {
            why = m.isBlank() ? "input/output error" : m;
        }
        return plain(why);
    }

    private static final java.util.regex.Pattern JAVA_NAME = java.util.regex.Pattern.compile("\\b[\\w.$]*Exception\\b:?\\s*");

    static String plain(String message) {
        return RssFeedParser.cut(RssFeedParser.oneLine(JAVA_NAME.matcher(message).replaceAll("")), 300);
    }
}
