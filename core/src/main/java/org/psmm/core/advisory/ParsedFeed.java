package org.psmm.core.advisory;

import java.util.List;

/**
 * What one feed document held.
 *
 * @param items      the advisories, each reference once (the first occurrence wins)
 * @param ignored    items that are not advisories (bulletins d'actualité, other pages)
 * @param rejected   items too broken to keep (no title, no date, a link that is no web address)
 */
public record ParsedFeed(List<FeedItem> items, int ignored, int rejected) {

    public ParsedFeed {
        items = List.copyOf(items);
    }
}
