package org.psmm.advisory;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.psmm.config.ServerEnvironment;
import org.psmm.core.advisory.FeedFetcher;
import org.psmm.core.advisory.FeedProxy;

/**
 * The one HTTP client feeds are read with, through HTTPS_PROXY when the server has one. A proxy
 * variable PSMM cannot use makes every read fail with the reason, shown as the feed's error.
 */
@ApplicationScoped
public class FeedClient {

    private static final Logger LOG = Logger.getLogger(FeedClient.class.getName());

    @Inject
    private ServerEnvironment environment;

    private FeedFetcher fetcher;
    private String refusal;

    @PostConstruct
    void open() {
        Optional<FeedProxy> proxy;
        try {
            proxy = FeedProxy.of(environment.httpsProxy().orElse(null), environment.noProxy().orElse(null));
        } catch (IllegalArgumentException e) {
            refusal = e.getMessage();
            LOG.warning(() -> "advisory feeds cannot be read: " + refusal);
            return;
        }
        proxy.ifPresent(p -> LOG.info(() -> "advisory feeds are read through the proxy " + p.address()));
        fetcher = new FeedFetcher(proxy, null, Duration.ofSeconds(10), Duration.ofSeconds(60));
    }

    /** The fetcher, or the reason there is none. */
    FeedFetcher fetcher() throws FeedFetcher.FetchFailed {
        if (fetcher == null) {
            throw new FeedFetcher.FetchFailed(refusal, null);
        }
        return fetcher;
    }
}
