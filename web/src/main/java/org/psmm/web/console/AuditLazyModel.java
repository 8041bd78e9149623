package org.psmm.web.console;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.psmm.audit.AuditEvent;
import org.psmm.audit.AuditFilter;
import org.psmm.audit.AuditTrail;

/**
 * The audit table's rows, page by page from the database, newest first, with the page's filter.
 * The count stops at {@link AuditTrail#COUNT_CAP} ({@link #isCapped()} then says there are more).
 */
public class AuditLazyModel extends LazyDataModel<AuditEvent> {

    private static final long serialVersionUID = 1L;

    /** Where the current filter comes from (the page's fields, read at each load). */
    @FunctionalInterface
    public interface FilterSource extends java.io.Serializable {
        AuditFilter get();
    }

    private final AuditTrail audit;
    private final FilterSource filter;
    private boolean capped;

    public AuditLazyModel(AuditTrail audit, FilterSource filter) {
        this.audit = audit;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        long counted = audit.countUpTo(filter.get(), AuditTrail.COUNT_CAP + 1);
        capped = counted > AuditTrail.COUNT_CAP;
        return (int) Math.min(counted, AuditTrail.COUNT_CAP);
    }

    @Override
    public List<AuditEvent> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return audit.rows(filter.get(), first, Math.min(pageSize, AuditTrail.MAX_PAGE_SIZE));
    }

    @Override
    public String getRowKey(AuditEvent row) {
        return String.valueOf(row.id());
    }

    @Override
    public AuditEvent getRowData(String rowKey) {
        return null; // rows are only shown
    }

    public boolean isCapped() {
        return capped;
    }
}
