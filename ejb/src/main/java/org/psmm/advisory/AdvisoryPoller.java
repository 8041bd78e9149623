package org.psmm.advisory;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.psmm.core.advisory.FeedFetcher;
import org.psmm.core.advisory.ParsedFeed;
import org.psmm.settings.SettingKey;
import org.psmm.settings.Settings;

/**
 * One poll: reads every feed of advisories.feeds in turn (no transaction held while reading),
 * stores each feed's advisories in a transaction of its own, then announces what is new.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AdvisoryPoller {

    private static final Logger LOG = Logger.getLogger(AdvisoryPoller.class.getName());

    @EJB
    private Settings settings;

    @EJB
    private AdvisoryStore store;

    @EJB
    private AdvisoryDigest digest;

    @Inject
    private FeedClient client;

    public AdvisoryPollSummary pollAll() {
        long started = System.nanoTime();
        List<FeedOutcome> outcomes = new ArrayList<>();
        for (String url : settings.urlList(SettingKey.ADVISORIES_FEEDS)) {
            outcomes.add(poll(url));
        }
        int announced;
        try {
            announced = digest.announcePending();
        } catch (RuntimeException e) {
            // Stored, not announced: the next poll announces them.
            LOG.log(Level.WARNING, "new advisories could not be announced; the next poll tries again", e);
            announced = 0;
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        int added = outcomes.stream().mapToInt(FeedOutcome::added).sum();
        int updated = outcomes.stream().mapToInt(FeedOutcome::updated).sum();
        long failed = outcomes.stream().filter(o -> o.error() != null).count();
        int told = announced;
        LOG.info(() -> "advisories poll: " + outcomes.size() + " feed(s), " + failed + " failed, " + added + " new, "
                + updated + " updated, " + told + " announced, in " + ms + " ms");
        return new AdvisoryPollSummary(outcomes, added, updated, announced, ms);
    }

    private FeedOutcome poll(String url) {
        ParsedFeed feed;
        try {
            feed = client.fetcher().fetch(URI.create(url));
        } catch (FeedFetcher.FetchFailed e) {
            LOG.info(() -> "advisory feed " + url + " could not be read: " + e.getMessage());
            return store.failed(url, e.getMessage());
        } catch (IllegalArgumentException e) {
            return store.failed(url, "not a usable address");
        }
        try {
            return store.store(url, feed);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "advisories of " + url + " could not be stored", e);
            return store.failed(url, "what it gave could not be stored (see the server log)");
        }
    }
}
