package org.psmm.device;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.Supplier;
import org.psmm.audit.AuditKind;
import org.psmm.audit.AuditTrail;
import org.psmm.config.ServerEnvironment;
import org.psmm.schedule.RearmingTimer;
import org.psmm.schedule.RoundLock;
import org.psmm.security.PsmmRole;
import org.psmm.settings.SettingKey;
import org.psmm.settings.Settings;

/**
 * Polls every device every {@code snmp.pollMinutes}, read again after each round. One lock keeps
 * polls and discoveries (timer or asked for) one at a time, so they never write a device's
 * interfaces together. PSMM_SNMP_SCHEDULED=false leaves polls to requests (tests, benchmarks).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DevicePollTimer extends RearmingTimer {

    private static final Duration WAIT = Duration.ofMinutes(5);

    @EJB
    private DevicePoller poller;

    @EJB
    private DevicePurge purge;

    @EJB
    private Settings settings;

    @Inject
    private ServerEnvironment environment;

    @EJB
    private AuditTrail audit;

    private final RoundLock rounds = new RoundLock("the device poll or discovery");

    public DevicePollTimer() {
        super("device-poll", Duration.ofMinutes(1), Duration.ofMinutes(5));
    }

    @Override
    protected Duration round() {
        if (environment.snmpScheduled()) {
            rounds.ifIdle(poller::pollAll);
        }
        return settings.duration(SettingKey.SNMP_POLL_INTERVAL);
    }

    /** A poll of every device now, after the running round if any (API, console). */
    @RolesAllowed({PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public DevicePollSummary pollNow() {
        audit.record(AuditKind.DEVICES_POLLED, "every device", null);
        return rounds.afterRunning(WAIT, poller::pollAll);
    }

    /** Runs a discovery (or any round) when no poll runs; a timer's round is skipped if busy. */
    public <T> T exclusive(Supplier<T> work, boolean wait) {
        return wait ? rounds.afterRunning(WAIT, work) : rounds.ifIdle(work).orElse(null);
    }

    @Schedule(hour = "*", minute = "17", persistent = true, info = "device-purge")
    void purgeOld() {
        unlessPaused("device purge", purge::purgeExpired);
    }
}
