package org.psmm.web.console;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.psmm.advisory.AdvisoryFilter;
import org.psmm.advisory.AdvisoryList;
import org.psmm.advisory.AdvisoryQuery;
import org.psmm.advisory.AdvisoryRow;

/** The advisories table, a page at a time from the database, with the page's filter. */
public class AdvisoryLazyModel extends ShownRows<AdvisoryRow, AdvisoryFilter> {

    private static final long serialVersionUID = 1L;

    private final AdvisoryQuery query;
    private transient AdvisoryList last;

    public AdvisoryLazyModel(AdvisoryQuery query, FilterSource<AdvisoryFilter> filter) {
        super(filter);
        this.query = query;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return upTo(query.find(filter(), 0, 1).total(), Integer.MAX_VALUE);
    }

    @Override
    public List<AdvisoryRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.max(1, Math.min(pageSize, AdvisoryQuery.MAX_PAGE_SIZE));
        last = query.find(filter(), first / size, size);
        return last.rows();
    }

    @Override
    protected long id(AdvisoryRow row) {
        return row.id();
    }
}
