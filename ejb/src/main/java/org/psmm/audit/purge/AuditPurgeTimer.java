package org.psmm.audit.purge;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import org.psmm.audit.AuditTrail;
import org.psmm.schedule.RearmingTimer;
import org.psmm.settings.SettingKey;
import org.psmm.settings.Settings;

/** Deletes audit rows older than {@code audit.keepDays} (365), every six hours. */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AuditPurgeTimer extends RearmingTimer {

    private static final Logger LOG = Logger.getLogger(AuditPurgeTimer.class.getName());
    private static final Duration EVERY = Duration.ofHours(6);
    private static final int BATCH = 5000;

    @EJB
    private AuditTrail audit;

    @EJB
    private Settings settings;

    @Inject
    private Clock clock;

    public AuditPurgeTimer() {
        super("audit-purge", Duration.ofMinutes(3), EVERY);
    }

    @Override
    protected Duration round() {
        var before = clock.instant().minus(settings.duration(SettingKey.AUDIT_KEEP_DAYS));
        int total = 0;
        int deleted;
        do {
            deleted = audit.purgeBefore(before, BATCH);
            total += deleted;
        } while (deleted == BATCH);
        if (total > 0) {
            int n = total;
            LOG.info(() -> "audit trail: " + n + " row(s) older than " + before + " deleted");
        }
        return EVERY;
    }
}
