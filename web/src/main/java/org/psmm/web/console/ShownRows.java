package org.psmm.web.console;

import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/**
 * A console table's rows, read a page at a time from the database with the page's current
 * filter, and only shown (no selection). A count that stops at a cap says so ({@link #isCapped()}),
 * for the page to tell that there are more.
 */
public abstract class ShownRows<T, F> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Where the current filter comes from (the page's fields, read at each load). */
    @FunctionalInterface
    public interface FilterSource<F> extends Serializable {
        F get();
    }

    private final FilterSource<F> filter;
    private boolean capped;

    protected ShownRows(FilterSource<F> filter) {
        this.filter = filter;
    }

    /** The page's filter now. */
    protected F filter() {
        return filter.get();
    }

    /** The row's database id, its key in the table. */
    protected abstract long id(T row);

    /** The row count for the paginator: {@code counted}, or {@code cap} when it went past it. */
    protected int upTo(long counted, long cap) {
        capped = counted > cap;
        return (int) Math.min(counted, cap);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(id(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return null; // rows are only shown
    }

    public boolean isCapped() {
        return capped;
    }
}
