package org.psmm.alert;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.psmm.core.alert.AlertKind;
import org.psmm.core.notify.AdminTexts;
import org.psmm.core.alert.HostDownRule;
import org.psmm.core.alert.ThresholdRule;
import org.psmm.core.alert.Transition;
import org.psmm.core.metrics.DiskUsage;
import org.psmm.host.Host;
import org.psmm.host.HostService;
import org.psmm.notify.AdminEvent;
import org.psmm.settings.SettingKey;
import org.psmm.settings.Settings;
import org.psmm.settings.ThresholdKind;
import jakarta.annotation.security.RolesAllowed;
import org.psmm.security.PsmmRole;
import org.psmm.audit.AuditKind;
import org.psmm.audit.AuditTrail;

/** Runs the alert rules after a poll, and lists and acknowledges alerts. */
@Stateless
public class AlertService {

    @EJB
    private AuditTrail audit;

    @PersistenceContext(unitName = "psmm")
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private Settings settings;

    @EJB
    private HostService hosts;

    @Inject
    private Event<AdminEvent> adminEvents;

    /** How many alerts one evaluation raised and resolved. */
    public record Outcome(int raised, int resolved) {
    }

    /** The name alerts about PSMM itself show where a host name would be. */
    public static final String PSMM = "PSMM";

    private static String key(Long hostId, AlertKind kind, String mount) {
        return hostId + "|" + kind + "|" + (mount == null ? "" : mount);
    }

    /** Compares each reading with its thresholds, then every watched host's last contact with the down delay. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Outcome evaluate(List<HostReading> readings) {
        Instant now = clock.instant();
        Map<String, Alert> open = new HashMap<>();
        em.createQuery("SELECT a FROM Alert a WHERE a.resolvedAt IS NULL AND a.deviceId IS NULL", Alert.class).getResultList()
                .forEach(a -> open.put(key(a.getHostId(), a.getKind(), a.getMount()), a));
        Map<Long, Map<ThresholdKind, Integer>> own = settings.allHostThresholds();
        Map<ThresholdKind, Integer> global = new EnumMap<>(ThresholdKind.class);
        for (ThresholdKind k : ThresholdKind.values()) {
            global.put(k, settings.integer(k.globalSetting()));
        }
        int[] counts = new int[2];
        for (HostReading r : readings) {
            if (!r.succeeded() || em.find(Host.class, r.hostId()) == null) {
                continue;
            }
            Map<ThresholdKind, Integer> t = new EnumMap<>(global);
            t.putAll(own.getOrDefault(r.hostId(), Map.of()));
            if (r.cpuPercent() != null) {
                apply(open, r.hostId(), AlertKind.CPU, null, r.cpuPercent(), t.get(ThresholdKind.CPU), now, counts);
            }
            apply(open, r.hostId(), AlertKind.RAM, null, r.metrics().memory().usedPercent(), t.get(ThresholdKind.RAM), now,
                    counts);
            for (DiskUsage d : r.metrics().disks()) {
                String mount = d.mount().length() > 255 ? d.mount().substring(0, 255) : d.mount();
                apply(open, r.hostId(), AlertKind.DISK, mount, d.usedPercent(), t.get(ThresholdKind.DISK), now, counts);
            }
        }
        Duration delay = settings.duration(SettingKey.HOST_DOWN_DELAY);
        for (Host h : hosts.list()) {
            if (!h.isEnabled() || !h.isHostKeyPinned()) {
                continue;
            }
            Alert down = open.get(key(h.getId(), AlertKind.HOST_DOWN, null));
            Transition tr = HostDownRule.evaluate(h.getLastContactAt(), h.getHostKeyPinnedAt(), now, delay, down != null);
            if (tr == Transition.RAISE) {
                raise(h.getId(), AlertKind.HOST_DOWN, null, null, null, now);
                counts[0]++;
            } else if (tr == Transition.RESOLVE) {
                resolve(down, null, now);
                counts[1]++;
            }
        }
        return new Outcome(counts[0], counts[1]);
    }

    private void apply(Map<String, Alert> open, long hostId, AlertKind kind, String mount, double value, int threshold,
            Instant now, int[] counts) {
        Alert current = open.get(key(hostId, kind, mount));
        switch (ThresholdRule.evaluate(value, threshold, current != null)) {
            case RAISE -> {
                raise(hostId, kind, mount, value, threshold, now);
                counts[0]++;
            }
            case RESOLVE -> {
                current.observe(value, threshold);
                resolve(current, value, now);
                counts[1]++;
            }
            case NONE -> {
                if (current != null) {
                    current.observe(value, threshold);
                }
            }
        }
    }

    private void raise(long hostId, AlertKind kind, String mount, Double value, Integer threshold, Instant now) {
        Alert a = new Alert(hostId, kind, mount, value, threshold, now);
        em.persist(a);
        em.flush();
        em.persist(new AlertChangeRecord(a.getId(), true, value, threshold, now));
        adminEvents.fire(adminEvent(a, true));
    }

    private void resolve(Alert a, Double value, Instant now) {
        a.resolve(now, value);
        em.persist(new AlertChangeRecord(a.getId(), false, value, a.getThreshold(), now));
        adminEvents.fire(adminEvent(a, false));
    }

    /** What chat says of an alert raised or resolved, in the admins' language; a host going down or up has its own kinds. */
    private AdminEvent adminEvent(Alert a, boolean raised) {
        AdminTexts t = settings.adminTexts();
        if (a.getHostId() == null) {
            String resolved = a.getKind() == AlertKind.BACKUP_FAILED ? t.get("chat.psmm.backupsWork")
                    : t.get("chat.psmm.resolved", a.getKind());
            return raised ? new AdminEvent(AdminEvent.Kind.ALERT_RAISED, t.get("chat.psmm.raised", a.getKind()), a.getDetail())
                    : new AdminEvent(AdminEvent.Kind.ALERT_RESOLVED, resolved, "");
        }
        Host h = em.find(Host.class, a.getHostId());
        String host = h == null ? "host " + a.getHostId() : h.getName();
        if (a.getKind() == AlertKind.HOST_DOWN) {
            return raised
                    ? new AdminEvent(AdminEvent.Kind.HOST_DOWN, t.get("chat.hostDown", host),
                            t.get("chat.hostDown.detail", settings.duration(SettingKey.HOST_DOWN_DELAY).toMinutes()))
                    : new AdminEvent(AdminEvent.Kind.HOST_UP, t.get("chat.hostUp", host), "");
        }
        String what = a.getKind() + (a.getMount() == null || a.getMount().isEmpty() ? "" : " " + a.getMount());
        Double value = a.getLastValue();
        String reading = value == null ? "" : t.get("chat.alert.reading", String.format(Locale.ROOT, "%.0f", value));
        return raised
                ? new AdminEvent(AdminEvent.Kind.ALERT_RAISED, t.get("chat.alert.raised", host, what, reading
                        + (a.getThreshold() == null ? "" : t.get("chat.alert.threshold", a.getThreshold()))), "")
                : new AdminEvent(AdminEvent.Kind.ALERT_RESOLVED, t.get("chat.alert.resolved", host, what, reading), "");
    }

    /** Alerts newest first; null filters are ignored. {@code open}: true open only, false resolved only. */
    public List<AlertRow> list(Long hostId, AlertKind kind, Boolean open, int max) {
        StringBuilder q = new StringBuilder("SELECT a, h.name, d.name FROM Alert a LEFT JOIN Host h ON h.id = a.hostId"
                + " LEFT JOIN Device d ON d.id = a.deviceId WHERE 1 = 1");
        if (hostId != null) {
            q.append(" AND a.hostId = :host");
        }
        if (kind != null) {
            q.append(" AND a.kind = :kind");
        }
        if (open != null) {
            q.append(open ? " AND a.resolvedAt IS NULL" : " AND a.resolvedAt IS NOT NULL");
        }
        q.append(" ORDER BY a.raisedAt DESC, a.id DESC");
        TypedQuery<Object[]> query = em.createQuery(q.toString(), Object[].class).setMaxResults(max);
        if (hostId != null) {
            query.setParameter("host", hostId);
        }
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        return query.getResultList().stream().map(r -> AlertRow.of((Alert) r[0], nameOf(r[1], r[2]))).toList();
    }

    /** The name an alert shows: its host's, its device's, or PSMM's. */
    static String nameOf(Object hostName, Object deviceName) {
        return hostName != null ? (String) hostName : deviceName != null ? (String) deviceName : PSMM;
    }

    /** Open alerts per host id, for the dashboard. */
    public Map<Long, Long> openCounts() {
        Map<Long, Long> out = new HashMap<>();
        em.createQuery("SELECT a.hostId, COUNT(a) FROM Alert a WHERE a.resolvedAt IS NULL AND a.hostId IS NOT NULL GROUP BY a.hostId", Object[].class)
                .getResultList().forEach(r -> out.put((Long) r[0], (Long) r[1]));
        return out;
    }

    /**
     * Raises an alert about PSMM itself (one open per kind: a second failure updates its detail),
     * in the caller's transaction so it is told in the next alert mail.
     */
    public void raiseAboutPsmm(AlertKind kind, String detail) {
        Instant now = clock.instant();
        List<Alert> open = openAboutPsmm(kind);
        if (!open.isEmpty()) {
            open.get(0).describe(detail);
            return;
        }
        Alert a = Alert.aboutPsmm(kind, detail, now);
        em.persist(a);
        em.flush();
        em.persist(new AlertChangeRecord(a.getId(), true, null, null, now));
    }

    /** Resolves the open alert about PSMM of this kind, if any (the next backup succeeded). */
    public void resolveAboutPsmm(AlertKind kind) {
        Instant now = clock.instant();
        for (Alert a : openAboutPsmm(kind)) {
            resolve(a, null, now);
        }
    }

    private List<Alert> openAboutPsmm(AlertKind kind) {
        return em.createQuery("SELECT a FROM Alert a WHERE a.hostId IS NULL AND a.deviceId IS NULL AND a.kind = :kind"
                + " AND a.resolvedAt IS NULL"
                + " ORDER BY a.id", Alert.class).setParameter("kind", kind).getResultList();
    }

    @RolesAllowed({PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public AlertRow acknowledge(long id, String by) {
        Alert a = em.find(Alert.class, id);
        if (a == null) {
            throw new AlertNotFoundException(id);
        }
        a.acknowledge(clock.instant(), by);
        Host h = a.getHostId() == null ? null : em.find(Host.class, a.getHostId());
        String name;
        if (a.getDeviceId() != null) {
            List<String> device = em.createQuery("SELECT d.name FROM Device d WHERE d.id = :d", String.class)
                    .setParameter("d", a.getDeviceId()).getResultList();
            name = device.isEmpty() ? "?" : device.get(0);
        } else {
            name = a.getHostId() == null ? PSMM : h == null ? "?" : h.getName();
        }
        AlertRow row = AlertRow.of(a, name);
        audit.record(AuditKind.ALERT_ACKNOWLEDGED, row.hostName() + ": " + a.getKind() + (a.getMount() == null ? "" : " " + a.getMount()),
                "alert " + id);
        return row;
    }

}
