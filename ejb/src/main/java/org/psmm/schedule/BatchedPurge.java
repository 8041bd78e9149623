package org.psmm.schedule;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Deletes a table's rows older than a cutoff in batches of {@link #BATCH} rows, each batch its
 * own transaction, so a purge of millions of rows never holds long locks or a huge undo log.
 * The retentions (host metrics, device samples) say which tables and which cutoff.
 */
@Stateless
public class BatchedPurge {

    static final int BATCH = 5000;
    private static final Pattern NAME = Pattern.compile("[a-z_]+");

    @PersistenceContext(unitName = "psmm")
    private EntityManager em;

    @Resource
    private SessionContext context;

    /** Deletes the rows whose {@code timeColumn} is before {@code cutoff}; returns how many. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long deleteOlderThan(String table, String timeColumn, Instant cutoff) {
        BatchedPurge self = context.getBusinessObject(BatchedPurge.class);
        long total = 0;
        int n;
        do {
            n = self.deleteBatch(table, timeColumn, cutoff);
            total += n;
        } while (n == BATCH);
        return total;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int deleteBatch(String table, String timeColumn, Instant cutoff) {
        if (!NAME.matcher(table).matches() || !NAME.matcher(timeColumn).matches()) {
            throw new IllegalArgumentException(table + "." + timeColumn); // names come from code, never from a request
        }
        return em.createNativeQuery("DELETE FROM " + table + " WHERE " + timeColumn + " < ? LIMIT " + BATCH)
                .setParameter(1, cutoff)
                .executeUpdate();
    }
}
