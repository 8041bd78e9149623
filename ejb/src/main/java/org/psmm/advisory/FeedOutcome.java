package org.psmm.advisory;

/**
 * How one feed went in one poll.
 *
 * @param feed     its address
 * @param error    why it could not be read, or null
 * @param items    advisories it held
 * @param added    of them, new to PSMM
 * @param updated  of them, stored before and now changed ("[MàJ]")
 * @param ignored  items that were not advisories (bulletins)
 * @param rejected items too broken to keep
 */
public record FeedOutcome(String feed, String error, int items, int added, int updated, int ignored, int rejected) {

    static FeedOutcome failed(String feed, String error) {
        return new FeedOutcome(feed, error, 0, 0, 0, 0, 0);
    }
}
