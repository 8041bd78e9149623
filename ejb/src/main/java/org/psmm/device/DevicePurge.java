package org.psmm.device;

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

/**
 * Deletes device samples and events older than snmp.retentionDays, like host metrics: in batches
 * ({@link BatchedPurge}), each its own transaction, so a purge never holds long locks.
 */
@Stateless
public class DevicePurge {

    private static final Logger LOG = Logger.getLogger(DevicePurge.class.getName());

    @Inject
    private Clock clock;

    @EJB
    private Settings settings;

    @EJB
    private BatchedPurge batches;

    @EJB
    private AuditTrail audit;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long purgeExpired() {
        Instant cutoff = clock.instant().minus(settings.duration(SettingKey.SNMP_RETENTION));
        long deleted = batches.deleteOlderThan("interface_sample", "taken_at", cutoff)
                + batches.deleteOlderThan("device_resource_sample", "taken_at", cutoff)
                + batches.deleteOlderThan("device_sample", "taken_at", cutoff)
                + batches.deleteOlderThan("device_event", "at", cutoff);
        LOG.info(() -> "device purge: " + deleted + " rows older than " + cutoff + " deleted");
        audit.record(AuditKind.DEVICES_PURGED, "device samples and events older than " + cutoff, deleted + " row(s)");
        return deleted;
    }
}
