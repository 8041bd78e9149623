package org.psmm.web.console;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.psmm.advisory.AdvisoryFilter;
import org.psmm.advisory.AdvisoryList;
import org.psmm.advisory.AdvisoryQuery;
import org.psmm.advisory.AdvisoryRow;

/** The advisories table, a page at a time from the database, with the page's filter. */
public class AdvisoryLazyModel extends LazyDataModel<AdvisoryRow> {

    private static final long serialVersionUID = 1L;

    /** Where the current filter comes from (the page's fields, read at each load). */
    @FunctionalInterface
    public interface FilterSource extends java.io.Serializable {
        AdvisoryFilter get();
    }

    private final AdvisoryQuery query;
    private final FilterSource filter;
    private transient AdvisoryList last;

    public AdvisoryLazyModel(AdvisoryQuery query, FilterSource filter) {
        this.query = query;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, query.find(filter.get(), 0, 1).total());
    }

    @Override
    public List<AdvisoryRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.max(1, Math.min(pageSize, AdvisoryQuery.MAX_PAGE_SIZE));
        last = query.find(filter.get(), first / size, size);
        return last.rows();
    }

    @Override
    public String getRowKey(AdvisoryRow row) {
        return String.valueOf(row.id());
    }

    @Override
    public AdvisoryRow getRowData(String rowKey) {
        return null; // rows are only shown
    }
}
