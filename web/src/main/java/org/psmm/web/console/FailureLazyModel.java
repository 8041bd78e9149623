package org.psmm.web.console;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
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
public class FailureLazyModel extends LazyDataModel<FailureRow> {

    private static final long serialVersionUID = 1L;

    /** Where the current filter comes from (the page's fields, read at each load). */
    @FunctionalInterface
    public interface FilterSource extends Serializable {
        FailureFilter get();
    }

    private final FailureExplorer explorer;
    private final FilterSource filter;
    private boolean capped;

    public FailureLazyModel(FailureExplorer explorer, FilterSource filter) {
        this.explorer = explorer;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        long counted = explorer.countUpTo(filter.get(), FailureExplorer.COUNT_CAP + 1);
        capped = counted > FailureExplorer.COUNT_CAP;
        return (int) Math.min(counted, FailureExplorer.COUNT_CAP);
    }

    @Override
    public List<FailureRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta time = sortBy == null ? null : sortBy.get("occurredAt");
        boolean oldestFirst = time != null && time.getOrder() == SortOrder.ASCENDING;
        return explorer.rows(filter.get(), first, Math.min(pageSize, FailureExplorer.MAX_PAGE_SIZE), oldestFirst);
    }

    @Override
    public String getRowKey(FailureRow row) {
        return String.valueOf(row.id());
    }

    @Override
    public FailureRow getRowData(String rowKey) {
        // No selection on this table: rows are only shown.
        return null;
    }

    public boolean isCapped() {
        return capped;
    }
}
