package org.psmm.web.console;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.psmm.audit.AuditEvent;
import org.psmm.audit.AuditFilter;
import org.psmm.audit.AuditTrail;

/**
 * The audit table's rows, page by page from the database, newest first, with the page's filter.
 * The count stops at {@link AuditTrail#COUNT_CAP} ({@link #isCapped()} then says there are more).
 */
public class AuditLazyModel extends ShownRows<AuditEvent, AuditFilter> {

    private static final long serialVersionUID = 1L;

    private final AuditTrail audit;

    public AuditLazyModel(AuditTrail audit, FilterSource<AuditFilter> filter) {
        super(filter);
        this.audit = audit;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return upTo(audit.countUpTo(filter(), AuditTrail.COUNT_CAP + 1), AuditTrail.COUNT_CAP);
    }

    @Override
    public List<AuditEvent> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return audit.rows(filter(), first, Math.min(pageSize, AuditTrail.MAX_PAGE_SIZE));
    }

    @Override
    protected long id(AuditEvent row) {
        return row.id();
    }
}
