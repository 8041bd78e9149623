package org.psmm.failure;

import java.io.Serializable;
import java.util.List;

/**
 * One page of rows. {@code matching} is an exact count only up to {@link FailureExplorer#COUNT_CAP};
 * {@code matchingCapped} says there are at least that many (an exact COUNT over millions of rows
 * on every page would cost seconds). {@code hasMore} comes from fetching one row more than the page.
 */
public record FailurePage(List<FailureRow> rows, int page, int size, boolean hasMore, long matching,
        boolean matchingCapped) implements Serializable {
}
