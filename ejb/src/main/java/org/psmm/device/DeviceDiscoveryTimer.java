package org.psmm.device;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import org.psmm.audit.AuditKind;
import org.psmm.audit.AuditTrail;
import org.psmm.config.ServerEnvironment;
import org.psmm.schedule.RearmingTimer;
import org.psmm.security.PsmmRole;
import org.psmm.settings.SettingKey;
import org.psmm.settings.Settings;

/**
 * A full discovery of every device every {@code snmp.discoveryHours} (interfaces that appeared or
 * went, a new sysDescr after a firmware upgrade), between polls, never beside one.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "DevicePollTimer"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DeviceDiscoveryTimer extends RearmingTimer {

    private static final Duration RETRY = Duration.ofMinutes(10);

    @EJB
    private DevicePoller poller;

    @EJB
    private DevicePollTimer polls;

    @EJB
    private Settings settings;

    @Inject
    private ServerEnvironment environment;

    @EJB
    private AuditTrail audit;

    public DeviceDiscoveryTimer() {
        super("device-discovery", Duration.ofMinutes(3), RETRY);
    }

    @Override
    protected Duration round() {
        if (environment.snmpScheduled() && polls.exclusive(poller::discoverAll, false) == null) {
            return RETRY; // a poll was running: soon, not in hours
        }
        return settings.duration(SettingKey.SNMP_DISCOVERY_INTERVAL);
    }

    /** Discovers one device now, after a running poll (on add, "discover now"). */
    @RolesAllowed({PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public Device discoverNow(long id) {
        Device d = polls.exclusive(() -> poller.discover(id), true);
        audit.record(AuditKind.DEVICE_DISCOVERED, d == null ? "device #" + id : d.getName(), null);
        return d;
    }

    /** Discovers every device now, after a running poll. */
    @RolesAllowed({PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public DevicePollSummary discoverAllNow() {
        audit.record(AuditKind.DEVICE_DISCOVERED, "every device", null);
        return polls.exclusive(poller::discoverAll, true);
    }
}
