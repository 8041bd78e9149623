package org.psmm.core.advisory;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The proxy feeds are read through, from the usual variables' values: {@code HTTPS_PROXY} (or
 * {@code https_proxy}) as "http://host:port" or "host:port", and {@code NO_PROXY} (host names,
 * ".suffix" or "suffix" for a domain, "*" for all). Loopback addresses always go direct.
 * Credentials in the proxy URL are not supported (the JDK client needs an authenticator for them):
 * they are refused with a clear message rather than sent in clear.
 */
public final class FeedProxy extends ProxySelector {

    private final InetSocketAddress proxy;
    private final List<String> noProxy;

    private FeedProxy(InetSocketAddress proxy, List<String> noProxy) {
        this.proxy = proxy;
        this.noProxy = noProxy;
    }

    /**
     * @param httpsProxy the HTTPS_PROXY value, or null/blank for none
     * @param noProxy    the NO_PROXY value, or null
     * @throws IllegalArgumentException if the proxy value is not host:port
     */
    public static Optional<FeedProxy> of(String httpsProxy, String noProxy) {
        if (httpsProxy == null || httpsProxy.isBlank()) {
            return Optional.empty();
        }
        String v = httpsProxy.strip();
        URI u = URI.create(v.contains("://") ? v : "http://" + v);
        if (u.getUserInfo() != null) {
            throw new IllegalArgumentException("HTTPS_PROXY with a user and password is not supported");
        }
        if (u.getHost() == null) {
            throw new IllegalArgumentException("HTTPS_PROXY must be http://host:port");
        }
        int port = u.getPort() > 0 ? u.getPort() : ("https".equalsIgnoreCase(u.getScheme()) ? 443 : 80);
        List<String> exempt = new ArrayList<>();
        if (noProxy != null) {
            for (String part : noProxy.split("[,\\s]+")) {
                if (!part.isBlank()) {
                    exempt.add(part.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        return Optional.of(new FeedProxy(InetSocketAddress.createUnresolved(u.getHost(), port), List.copyOf(exempt)));
    }

    /** The proxy's host:port, for messages. */
    public String address() {
        return proxy.getHostString() + ":" + proxy.getPort();
    }

    /** Whether a request to {@code host} goes direct. */
    public boolean direct(String host) {
        if (host == null) {
            return true;
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost") || h.startsWith("127.") || h.equals("[::1]") || h.equals("::1")) {
            return true;
        }
        for (String e : noProxy) {
            String suffix = e.startsWith(".") ? e : "." + e;
            if (e.equals("*") || h.equals(e) || h.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<Proxy> select(URI uri) {
        return List.of(direct(uri.getHost()) ? Proxy.NO_PROXY : new Proxy(Proxy.Type.HTTP, proxy));
    }

    @Override
    public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
        // the request fails with its own message; nothing to remember
    }
}
