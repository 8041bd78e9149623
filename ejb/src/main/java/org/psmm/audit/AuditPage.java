package org.psmm.audit;

import java.io.Serializable;
import java.util.List;

/**
 * A page of the trail, newest first. {@code matching} counts exactly only up to
 * {@link AuditTrail#COUNT_CAP} ({@code matchingCapped}): a COUNT over a year of rows on every
 * page would cost more than the page.
 */
public record AuditPage(List<AuditEvent> rows, int page, int size, boolean hasMore, long matching, boolean matchingCapped)
        implements Serializable {
}
