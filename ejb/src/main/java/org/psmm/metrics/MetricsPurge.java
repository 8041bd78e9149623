package org.psmm.metrics;

import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;
import org.psmm.settings.SettingKey;
import org.psmm.settings.Settings;
import org.psmm.audit.AuditKind;
import org.psmm.audit.AuditTrail;

/**
 * Deletes samples older than the retention in batches of {@link #BATCH} rows, each batch its
 * own transaction, so a purge of millions of rows never holds long locks or a huge undo log.
 */
@Stateless
public class MetricsPurge {

    private static final Logger LOG = Logger.getLogger(MetricsPurge.class.getName());
    static final int BATCH = 5000;

    @EJB
    private AuditTrail audit;

    @PersistenceContext(unitName = "psmm")
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private Settings settings;

    @Resource
    private SessionContext context;

    /** Purges both sample tables; returns the rows deleted. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long purgeExpired() {
        Instant cutoff = clock.instant().minus(settings.duration(SettingKey.METRICS_RETENTION));
        MetricsPurge self = context.getBusinessObject(MetricsPurge.class);
        long total = 0;
        for (String table : new String[] {"disk_sample", "metric_sample"}) {
            int n;
            do {
                n = self.deleteBatch(table, cutoff);
                total += n;
            } while (n == BATCH);
        }
        long deleted = total;
        LOG.info(() -> "metrics purge: " + deleted + " samples older than " + cutoff + " deleted");
        audit.record(AuditKind.METRICS_PURGED, "samples older than " + cutoff, deleted + " row(s)");
        return total;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int deleteBatch(String table, Instant cutoff) {
        if (!table.equals("disk_sample") && !table.equals("metric_sample")) {
            throw new IllegalArgumentException(table);
        }
        return em.createNativeQuery("DELETE FROM " + table + " WHERE taken_at < ? LIMIT " + BATCH)
                .setParameter(1, cutoff)
                .executeUpdate();
    }
}
