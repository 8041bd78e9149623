package org.psmm.web.api;

import java.util.List;
import org.psmm.failure.FailurePage;

/**
 * A page of failures. {@code matching} is exact while {@code matchingCapped} is false; when true
 * there are at least that many (the count stops at 10,000 to stay fast on millions of rows).
 * {@code hasMore} says whether the next page has rows.
 */
public record FailurePageView(List<FailureView> rows, int page, int size, boolean hasMore, long matching,
        boolean matchingCapped) {

    static FailurePageView of(FailurePage p) {
        return new FailurePageView(p.rows().stream().map(FailureView::of).toList(), p.page(), p.size(), p.hasMore(),
                p.matching(), p.matchingCapped());
    }
}
