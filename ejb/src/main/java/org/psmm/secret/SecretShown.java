package org.psmm.secret;

import java.net.URI;

/** What of a secret may be shown: enough to recognise it, useless to use it. */
public final class SecretShown {

    private SecretShown() {
    }

    /** Scheme, host and port of a URL whose path or query holds the secret (a webhook). */
    public static String url(String url) {
        try {
            URI u = URI.create(url);
            return u.getScheme() + "://" + u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort()) + "/…";
        } catch (IllegalArgumentException e) {
            return "(not a URL)";
        }
    }
}
