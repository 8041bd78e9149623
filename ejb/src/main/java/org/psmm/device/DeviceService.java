package org.psmm.device;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.psmm.audit.AuditKind;
import org.psmm.audit.AuditTrail;
import org.psmm.core.snmp.PrivProtocol;
import org.psmm.core.snmp.SnmpVersion;
import org.psmm.error.PsmmException;
import org.psmm.host.Host;
import org.psmm.secret.StoredSecrets;
import org.psmm.security.PsmmRole;
import org.psmm.settings.ThresholdKind;

/**
 * Adds, changes, lists and removes devices; their own thresholds and per-port alert opt-outs.
 * Secrets are sealed here, before they reach the entity; a change that leaves one empty keeps it.
 */
@Stateless
public class DeviceService {

    /** RFC 3414: v3 passwords shorter than 8 characters are refused by agents. */
    static final int MIN_V3_PASSWORD = 8;

    @PersistenceContext(unitName = "psmm")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private StoredSecrets secrets;

    @EJB
    private AuditTrail audit;

    /** Every device by name; {@code site} (exact, null for all) and {@code search} (in names, addresses and what devices report) filter. */
    public List<Device> list(String site, String search) {
        StringBuilder q = new StringBuilder("SELECT d FROM Device d WHERE 1 = 1");
        if (site != null && !site.isBlank()) {
            q.append(" AND d.site = :site");
        }
        String s = search == null ? "" : search.trim().toLowerCase(Locale.ROOT);
        if (!s.isEmpty()) {
            q.append(" AND (LOWER(d.name) LIKE :s ESCAPE '!' OR LOWER(d.address) LIKE :s ESCAPE '!'"
                    + " OR LOWER(d.sysName) LIKE :s ESCAPE '!' OR LOWER(d.sysDescr) LIKE :s ESCAPE '!'"
                    + " OR LOWER(d.sysLocation) LIKE :s ESCAPE '!' OR LOWER(d.vendor) LIKE :s ESCAPE '!')");
        }
        q.append(" ORDER BY d.name");
        TypedQuery<Device> query = em.createQuery(q.toString(), Device.class);
        if (site != null && !site.isBlank()) {
            query.setParameter("site", site.trim());
        }
        if (!s.isEmpty()) {
            query.setParameter("s", "%" + s.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        return query.getResultList();
    }

    public List<Device> list() {
        return list(null, null);
    }

    public Device get(long id) {
        Device d = em.find(Device.class, id);
        if (d == null) {
            throw PsmmException.notFound("No device with id " + id);
        }
        return d;
    }

    @RolesAllowed({PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public Device create(@NotNull @Valid DeviceForm form) {
        requireFreeName(form.getName().trim(), null);
        Device d = new Device(clock.instant());
        apply(d, form, true);
        em.persist(d);
        em.flush();
        audit.record(AuditKind.DEVICE_CREATED, d.getName(), describe(d));
        return d;
    }

    @RolesAllowed({PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public Device update(long id, @NotNull @Valid DeviceForm form) {
        Device d = get(id);
        requireFreeName(form.getName().trim(), id);
        String before = describe(d);
        apply(d, form, false);
        em.flush();
        String after = describe(d);
        // A new community or password shows as "set", never as its value.
        audit.record(AuditKind.DEVICE_CHANGED, d.getName(), before.equals(after) ? "no change" : before + " → " + after);
        return d;
    }

    @RolesAllowed({PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public void delete(long id) {
        Device d = get(id);
        em.remove(d);
        audit.record(AuditKind.DEVICE_DELETED, d.getName(), describe(d));
    }

    /** A device as the audit trail shows it: secrets only as "set". */
    private static String describe(Device d) {
        return d.getName() + " " + d.getAddress() + ":" + d.getPort() + " " + d.getSnmpVersion()
                + (d.getV3User() == null ? "" : " user " + d.getV3User())
                + (d.isCommunitySet() ? " community set" : "") + (d.isAuthPasswordSet() ? " auth " + d.getV3AuthProtocol() : "")
                + (d.isPrivPasswordSet() ? " priv " + d.getV3PrivProtocol() : "")
                + (d.getSite() == null ? "" : " site " + d.getSite()) + (d.getHostId() == null ? "" : " host #" + d.getHostId())
                + (d.isPortAlerts() ? "" : " port alerts off") + (d.isEnabled() ? "" : " disabled");
    }

    private void apply(Device d, DeviceForm form, boolean creating) {
        SnmpVersion version = form.snmpVersion();
        if (form.getHostId() != null && em.find(Host.class, form.getHostId()) == null) {
            throw PsmmException.invalid("hostId", "no host with id " + form.getHostId());
        }
        boolean switched = !creating && d.getSnmpVersion() != version;
        if (version == SnmpVersion.V2C) {
            String community = blankToNull(form.getCommunity());
            if (community == null && (creating || switched || !d.isCommunitySet())) {
                throw PsmmException.invalid("community", "a community is needed for SNMP v2c");
            }
            d.apply(form, clock.instant());
            if (community != null) {
                d.sealedCommunity(secrets.seal(community, Device.COMMUNITY));
            }
            return;
        }
        if (blankToNull(form.getV3User()) == null) {
            throw PsmmException.invalid("v3User", "a user is needed for SNMP v3");
        }
        form.authProtocol();
        PrivProtocol priv = form.privProtocol();
        String auth = blankToNull(form.getV3AuthPassword());
        String privPassword = blankToNull(form.getV3PrivPassword());
        if (auth == null && (creating || switched || !d.isAuthPasswordSet())) {
            throw PsmmException.invalid("v3AuthPassword", "an authentication password is needed for SNMP v3");
        }
        if (auth != null && auth.length() < MIN_V3_PASSWORD) {
            throw PsmmException.invalid("v3AuthPassword", "SNMP v3 passwords have at least 8 characters");
        }
        if (priv != null && privPassword == null && (creating || switched || !d.isPrivPasswordSet())) {
            throw PsmmException.invalid("v3PrivPassword", "a privacy password is needed for AES (or no privacy protocol)");
        }
        if (privPassword != null && privPassword.length() < MIN_V3_PASSWORD) {
            throw PsmmException.invalid("v3PrivPassword", "SNMP v3 passwords have at least 8 characters");
        }
        d.apply(form, clock.instant());
        if (auth != null) {
            d.sealedAuthPassword(secrets.seal(auth, Device.AUTH_PASSWORD));
        }
        if (priv == null) {
            d.sealedPrivPassword(null);
        } else if (privPassword != null) {
            d.sealedPrivPassword(secrets.seal(privPassword, Device.PRIV_PASSWORD));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // The unique index stays the last word; this gives the common case a clear answer.
    private void requireFreeName(String name, Long exceptId) {
        List<Long> ids = em.createQuery("SELECT d.id FROM Device d WHERE d.name = :name", Long.class)
                .setParameter("name", name).getResultList();
        if (ids.stream().anyMatch(found -> !found.equals(exceptId))) {
            throw new PsmmException(PsmmException.Kind.CONFLICT, "a device named '" + name + "' already exists", "name",
                    "a device of this name already exists");
        }
    }

    public List<DeviceInterface> interfaces(long deviceId) {
        get(deviceId);
        return em.createQuery("SELECT i FROM DeviceInterface i WHERE i.deviceId = :d ORDER BY i.present DESC, i.ifIndex",
                DeviceInterface.class).setParameter("d", deviceId).getResultList();
    }

    public DeviceInterface interfaceOf(long deviceId, long interfaceId) {
        DeviceInterface i = em.find(DeviceInterface.class, interfaceId);
        if (i == null || i.getDeviceId() != deviceId) {
            throw PsmmException.notFound("No interface " + interfaceId + " on device " + deviceId);
        }
        return i;
    }

    /** Per-port opt-out of "admin up, oper down" alerts. */
    @RolesAllowed({PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public DeviceInterface setPortAlert(long deviceId, long interfaceId, boolean enabled) {
        DeviceInterface i = interfaceOf(deviceId, interfaceId);
        i.setAlertEnabled(enabled);
        audit.record(AuditKind.DEVICE_PORT_ALERT_CHANGED, get(deviceId).getName() + " ifIndex " + i.getIfIndex(),
                enabled ? "alerts on" : "alerts off");
        return i;
    }

    public Map<ThresholdKind, Integer> thresholds(long deviceId) {
        get(deviceId);
        Map<ThresholdKind, Integer> out = new EnumMap<>(ThresholdKind.class);
        em.createQuery("SELECT t FROM DeviceThreshold t WHERE t.deviceId = :d", DeviceThreshold.class)
                .setParameter("d", deviceId).getResultList().forEach(t -> out.put(t.getKind(), t.getPercent()));
        return out;
    }

    /** Every device's own thresholds, by device id, for a poll of all devices in one query. */
    public Map<Long, Map<ThresholdKind, Integer>> allThresholds() {
        Map<Long, Map<ThresholdKind, Integer>> out = new java.util.HashMap<>();
        em.createQuery("SELECT t FROM DeviceThreshold t", DeviceThreshold.class).getResultList()
                .forEach(t -> out.computeIfAbsent(t.getDeviceId(), k -> new EnumMap<>(ThresholdKind.class))
                        .put(t.getKind(), t.getPercent()));
        return out;
    }

    /** Sets (or with null, removes) a device's own threshold for each kind given. */
    @RolesAllowed({PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public Map<ThresholdKind, Integer> changeThresholds(long deviceId, Map<ThresholdKind, Integer> percents, String by) {
        Device device = get(deviceId);
        Map<ThresholdKind, Integer> before = thresholds(deviceId);
        percents.forEach((kind, percent) -> {
            if (percent != null && (percent < 0 || percent > 100)) {
                throw PsmmException.invalid(kind.name(), "a threshold is between 0 and 100");
            }
        });
        Instant now = clock.instant();
        percents.forEach((kind, percent) -> {
            DeviceThreshold t = em.find(DeviceThreshold.class, new DeviceThreshold.Key(deviceId, kind));
            if (percent == null) {
                if (t != null) {
                    em.remove(t);
                }
            } else if (t == null) {
                t = new DeviceThreshold(deviceId, kind);
                t.change(percent, now, by);
                em.persist(t);
            } else {
                t.change(percent, now, by);
            }
        });
        em.flush();
        Map<ThresholdKind, Integer> after = thresholds(deviceId);
        audit.record(AuditKind.DEVICE_THRESHOLDS_CHANGED, device.getName(), before + " → " + after);
        return after;
    }
}
