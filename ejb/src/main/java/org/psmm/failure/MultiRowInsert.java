package org.psmm.failure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * One INSERT statement for many rows ({@code VALUES (...), (...), ...}), at most {@code maxRows} rows
 * a statement so that a statement stays far below max_allowed_packet. Measured by
 * bench/collect-end-to-end against the driver's batch of one-row statements: MariaDB parses and
 * plans one statement per group instead of one per row. Values are bound as parameters, never
 * spliced into the SQL (they come from logs).
 */
public final class MultiRowInsert {

    private final String head;
    private final String tail;
    private final int columns;
    private final int maxRows;
    private final String row;
    private final List<Object[]> rows = new ArrayList<>();

    /**
     * @param head    {@code INSERT [IGNORE] INTO t (a, b, ...) VALUES}
     * @param tail    what follows the rows ({@code ON DUPLICATE KEY UPDATE ...}), or ""
     * @param columns the number of values in a row
     */
    public MultiRowInsert(String head, String tail, int columns, int maxRows) {
        this.head = head;
        this.tail = tail;
        this.columns = columns;
        this.maxRows = maxRows;
        this.row = "(" + "?, ".repeat(columns - 1) + "?)";
    }

    public void add(Object... values) {
        if (values.length != columns) {
            throw new IllegalArgumentException(values.length + " values for " + columns + " columns");
        }
        rows.add(values);
    }

    public int size() {
        return rows.size();
    }

    /** Inserts the rows added (then forgets them) and returns the affected-row count MariaDB gives. */
    public long execute(Connection c) throws SQLException {
        long affected = 0;
        PreparedStatement full = null;
        try {
            for (int from = 0; from < rows.size(); from += maxRows) {
                int n = Math.min(maxRows, rows.size() - from);
                PreparedStatement ps;
                if (n == maxRows) {
                    if (full == null) {
                        full = c.prepareStatement(sql(n));
                    }
                    ps = full;
                } else {
                    ps = c.prepareStatement(sql(n));
                }
                try {
                    int p = 1;
                    for (int i = from; i < from + n; i++) {
                        for (Object v : rows.get(i)) {
                            ps.setObject(p++, v);
                        }
                    }
                    affected += ps.executeUpdate();
                } finally {
                    if (ps != full) {
                        ps.close();
                    }
                }
            }
        } finally {
            if (full != null) {
                full.close();
            }
            rows.clear();
        }
        return affected;
    }

    private String sql(int n) {
        StringBuilder sb = new StringBuilder(head.length() + tail.length() + n * (row.length() + 2) + 2);
        sb.append(head).append(' ');
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : ", ").append(row);
        }
        return sb.append(tail.isEmpty() ? "" : " " + tail).toString();
    }
}
