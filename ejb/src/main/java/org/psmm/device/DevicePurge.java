package org.psmm.device;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.psmm.audit.AuditKind;
import org.psmm.audit.AuditTrail;
import org.psmm.settings.SettingKey;
import org.psmm.settings.Settings;

/**
 * Deletes device samples and events older than snmp.retentionDays, like host metrics: in batches
 * of {@link #BATCH} rows, each its own transaction, so a purge never holds long locks.
 */
@Stateless
public class DevicePurge {

    private static final Logger LOG = Logger.getLogger(DevicePurge.class.getName());
    static final int BATCH = 5000;
    private static final List<String> TABLES = List.of("interface_sample", "device_resource_sample", "device_sample",
            "device_event");

    @PersistenceContext(unitName = "psmm")
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private Settings settings;

    @Resource
    private SessionContext context;

    @EJB
    private AuditTrail audit;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long purgeExpired() {
        Instant cutoff = clock.instant().minus(settings.duration(SettingKey.SNMP_RETENTION));
        DevicePurge self = context.getBusinessObject(DevicePurge.class);
        long total = 0;
        for (String table : TABLES) {
            int n;
            do {
                n = self.deleteBatch(table, cutoff);
                total += n;
            } while (n == BATCH);
        }
        long deleted = total;
        LOG.info(() -> "device purge: " + deleted + " rows older than " + cutoff + " deleted");
        audit.record(AuditKind.DEVICES_PURGED, "device samples and events older than " + cutoff, deleted + " row(s)");
        return total;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int deleteBatch(String table, Instant cutoff) {
        if (!TABLES.contains(table)) {
            throw new IllegalArgumentException(table);
        }
        String column = table.equals("device_event") ? "at" : "taken_at";
        return em.createNativeQuery("DELETE FROM " + table + " WHERE " + column + " < ? LIMIT " + BATCH)
                .setParameter(1, cutoff).executeUpdate();
    }
}
