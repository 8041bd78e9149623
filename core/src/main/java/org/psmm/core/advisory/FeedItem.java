package org.psmm.core.advisory;

import java.time.Instant;

/**
 * One advisory as a feed gave it. Every text is hostile (it came over the network): shown only
 * escaped.
 *
 * @param reference what it is stored once by
 * @param title     its title without the "[MàJ]" mark
 * @param updated   whether the feed marked it updated ("[MàJ]")
 * @param published the feed's pubDate
 * @param link      its page at CERT-FR (http or https only)
 * @param summary   the description, markdown escapes removed, possibly cut
 */
public record FeedItem(AdvisoryReference reference, String title, boolean updated, Instant published, String link,
        String summary) {
}
