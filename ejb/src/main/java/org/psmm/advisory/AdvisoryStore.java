package org.psmm.advisory;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.psmm.core.advisory.FeedItem;
import org.psmm.core.advisory.ParsedFeed;

/**
 * Stores what one feed gave, in a transaction of its own: each advisory once by its reference,
 * an updated item changing the stored one, the feed's status, and the advisory's exposure. A feed
 * that fails changes nothing but its status: what it would have given comes at the next poll.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AdvisoryStore {

    @PersistenceContext(unitName = "psmm")
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private AdvisoryExposures exposures;

    public FeedOutcome store(String url, ParsedFeed feed) {
        Instant now = clock.instant();
        Map<String, Advisory> stored = new HashMap<>();
        List<String> references = feed.items().stream().map(i -> i.reference().value()).toList();
        for (int from = 0; from < references.size(); from += 500) {
            em.createQuery("SELECT a FROM Advisory a WHERE a.reference IN :r", Advisory.class)
                    .setParameter("r", references.subList(from, Math.min(references.size(), from + 500)))
                    .getResultList().forEach(a -> stored.put(a.getReference(), a));
        }
        List<Advisory> changed = new ArrayList<>();
        int added = 0;
        int updated = 0;
        for (FeedItem item : feed.items()) {
            Advisory known = stored.get(item.reference().value());
            if (known == null) {
                Advisory a = new Advisory(item, url, now);
                em.persist(a);
                changed.add(a);
                added++;
            } else if (known.updateFrom(item, now)) {
                changed.add(known);
                updated++;
            }
        }
        em.flush(); // the new advisories' ids, which exposures are keyed by
        exposures.markAdvisories(changed);
        status(url).succeeded(now, feed.items().size());
        return new FeedOutcome(url, null, feed.items().size(), added, updated, feed.ignored(), feed.rejected());
    }

    public FeedOutcome failed(String url, String error) {
        status(url).failed(clock.instant(), error);
        return FeedOutcome.failed(url, error);
    }

    private AdvisoryFeed status(String url) {
        AdvisoryFeed f = em.find(AdvisoryFeed.class, url);
        if (f == null) {
            f = new AdvisoryFeed(url);
            em.persist(f);
        }
        return f;
    }
}
