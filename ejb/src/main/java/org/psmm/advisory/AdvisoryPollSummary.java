package org.psmm.advisory;

import java.util.List;

/**
 * What one poll of every feed did.
 *
 * @param feeds      each feed's outcome
 * @param added      new advisories stored
 * @param updated    advisories changed by an updated item
 * @param announced  advisories the digest told the admins of
 * @param durationMs how long the poll took
 */
public record AdvisoryPollSummary(List<FeedOutcome> feeds, int added, int updated, int announced, long durationMs) {

    public boolean anyFeedFailed() {
        return feeds.stream().anyMatch(f -> f.error() != null);
    }
}
