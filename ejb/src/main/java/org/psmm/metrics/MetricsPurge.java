package org.psmm.metrics;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;
import org.psmm.audit.AuditKind;
import org.psmm.audit.AuditTrail;
import org.psmm.schedule.BatchedPurge;
import org.psmm.settings.SettingKey;
import org.psmm.settings.Settings;

/** Deletes host samples older than metrics.retentionDays, in batches ({@link BatchedPurge}). */
@Stateless
public class MetricsPurge {

    private static final Logger LOG = Logger.getLogger(MetricsPurge.class.getName());

    @EJB
    private AuditTrail audit;

    @EJB
    private BatchedPurge batches;

    @Inject
    private Clock clock;

    @EJB
    private Settings settings;

    /** Purges both sample tables; returns the rows deleted. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long purgeExpired() {
        Instant cutoff = clock.instant().minus(settings.duration(SettingKey.METRICS_RETENTION));
        long deleted = batches.deleteOlderThan("disk_sample", "taken_at", cutoff)
                + batches.deleteOlderThan("metric_sample", "taken_at", cutoff);
        LOG.info(() -> "metrics purge: " + deleted + " samples older than " + cutoff + " deleted");
        audit.record(AuditKind.METRICS_PURGED, "samples older than " + cutoff, deleted + " row(s)");
        return deleted;
    }
}
