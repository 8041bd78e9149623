package org.psmm.web.console;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.psmm.failure.FailureExplorer;
import org.psmm.failure.FailureFilter;
import org.psmm.failure.FailureRow;

/**
 * The failures table's rows, read page by page from the database with the page's current
 * filter. The row count stops at {@link FailureExplorer#COUNT_CAP}: past it the paginator shows
 * that many and {@link #isCapped()} says there are more.
 */
public class FailureLazyModel extends ShownRows<FailureRow, FailureFilter> {

    private static final long serialVersionUID = 1L;

    private final FailureExplorer explorer;

    public FailureLazyModel(FailureExplorer explorer, FilterSource<FailureFilter> filter) {
        super(filter);
        this.explorer = explorer;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return upTo(explorer.countUpTo(filter(), FailureExplorer.COUNT_CAP + 1), FailureExplorer.COUNT_CAP);
    }

    @Override
    public List<FailureRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta time = sortBy == null ? null : sortBy.get("occurredAt");
        boolean oldestFirst = time != null && time.getOrder() == SortOrder.ASCENDING;
        return explorer.rows(filter(), first, Math.min(pageSize, FailureExplorer.MAX_PAGE_SIZE), oldestFirst);
    }

    @Override
    protected long id(FailureRow row) {
        return row.id();
    }
}
