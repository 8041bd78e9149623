package org.psmm.alert;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.psmm.core.alert.AlertKind;
import org.psmm.core.alert.ThresholdRule;
import org.psmm.core.notify.AdminTexts;
import org.psmm.notify.AdminEvent;
import org.psmm.settings.Settings;
import org.psmm.settings.ThresholdKind;

/**
 * Alerts about SNMP devices, through the same tables, mails and chat as hosts' alerts: a device
 * down (with the reason), a port administratively up but operationally down, and CPU, memory and
 * fixed disks over the thresholds hosts use (or the device's own). Runs in the caller's
 * transaction, the one that stored the poll, so an alert exists exactly when its poll does.
 */
@Stateless
public class DeviceAlertService {

    @PersistenceContext(unitName = "psmm")
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private Settings settings;

    @Inject
    private Event<AdminEvent> adminEvents;

    /**
     * What one poll told of one device. A device that did not answer has {@code answered} false
     * and only its down state counts ({@code down}: silent for snmp.downAfterPolls polls).
     *
     * @param disks     fixed disks' used percent by description
     * @param portsDown the ports to alert about (admin up, oper down, not opted out), by name
     * @param own       the device's own thresholds (kinds without one are absent)
     */
    public record DeviceCondition(long deviceId, String name, boolean answered, boolean down, String downReason,
            Double cpu, Double ram, Map<String, Double> disks, Set<String> portsDown, Map<ThresholdKind, Integer> own) {
    }

    public record Outcome(int raised, int resolved) {
    }

    private static String key(long deviceId, AlertKind kind, String mount) {
        return deviceId + "|" + kind + "|" + mount;
    }

    public Outcome evaluate(List<DeviceCondition> conditions, int downAfterPolls) {
        if (conditions.isEmpty()) {
            return new Outcome(0, 0);
        }
        Instant now = clock.instant();
        Map<String, Alert> open = new HashMap<>();
        em.createQuery("SELECT a FROM Alert a WHERE a.deviceId IS NOT NULL AND a.resolvedAt IS NULL", Alert.class)
                .getResultList().forEach(a -> open.put(key(a.getDeviceId(), a.getKind(), a.getMount()), a));
        Map<ThresholdKind, Integer> global = new EnumMap<>(ThresholdKind.class);
        for (ThresholdKind k : ThresholdKind.values()) {
            global.put(k, settings.integer(k.globalSetting()));
        }
        AdminTexts texts = settings.adminTexts();
        int[] counts = new int[2];
        for (DeviceCondition c : conditions) {
            Alert down = open.get(key(c.deviceId(), AlertKind.DEVICE_DOWN, ""));
            if (c.down() && down == null) {
                Alert a = raise(c.deviceId(), AlertKind.DEVICE_DOWN, "", null, null, c.downReason(), now);
                adminEvents.fire(new AdminEvent(AdminEvent.Kind.DEVICE_DOWN, texts.get("chat.deviceDown", c.name()),
                        texts.get("chat.deviceDown.detail", downAfterPolls, a.getDetail() == null ? "" : a.getDetail())));
                counts[0]++;
            } else if (c.down() && down != null) {
                down.describe(c.downReason()); // the latest reason (a timeout may turn into a refusal)
            } else if (c.answered() && down != null) {
                resolve(down, null, now);
                adminEvents.fire(new AdminEvent(AdminEvent.Kind.DEVICE_UP, texts.get("chat.deviceUp", c.name()), ""));
                counts[1]++;
            }
            if (!c.answered()) {
                continue;
            }
            Map<ThresholdKind, Integer> t = new EnumMap<>(global);
            t.putAll(c.own());
            if (c.cpu() != null) {
                threshold(open, c, AlertKind.CPU, "", c.cpu(), t.get(ThresholdKind.CPU), texts, now, counts);
            }
            if (c.ram() != null) {
                threshold(open, c, AlertKind.RAM, "", c.ram(), t.get(ThresholdKind.RAM), texts, now, counts);
            }
            c.disks().forEach((mount, used) -> threshold(open, c, AlertKind.DISK, mount, used, t.get(ThresholdKind.DISK),
                    texts, now, counts));
            for (String port : c.portsDown()) {
                if (!open.containsKey(key(c.deviceId(), AlertKind.PORT_DOWN, cut(port)))) {
                    raise(c.deviceId(), AlertKind.PORT_DOWN, port, null, null, null, now);
                    adminEvents.fire(new AdminEvent(AdminEvent.Kind.ALERT_RAISED,
                            texts.get("chat.alert.raised", c.name(), texts.get("alerts.kind.PORT_DOWN", port), ""), ""));
                    counts[0]++;
                }
            }
            Set<String> downNow = c.portsDown().stream().map(DeviceAlertService::cut).collect(java.util.stream.Collectors.toSet());
            for (Alert a : open.values()) {
                if (a.getDeviceId() == c.deviceId() && a.getKind() == AlertKind.PORT_DOWN && a.isOpen()
                        && !downNow.contains(a.getMount())) {
                    resolve(a, null, now);
                    adminEvents.fire(new AdminEvent(AdminEvent.Kind.ALERT_RESOLVED,
                            texts.get("chat.alert.resolved", c.name(), texts.get("alerts.kind.PORT_DOWN", a.getMount()), ""), ""));
                    counts[1]++;
                }
            }
        }
        return new Outcome(counts[0], counts[1]);
    }

    private void threshold(Map<String, Alert> open, DeviceCondition c, AlertKind kind, String mount, double value,
            int threshold, AdminTexts texts, Instant now, int[] counts) {
        Alert current = open.get(key(c.deviceId(), kind, cut(mount)));
        String what = texts.get("alerts.kind." + kind.name(), mount);
        String reading = texts.get("chat.alert.reading", String.format(Locale.ROOT, "%.0f", value));
        switch (ThresholdRule.evaluate(value, threshold, current != null)) {
            case RAISE -> {
                raise(c.deviceId(), kind, mount, value, threshold, null, now);
                adminEvents.fire(new AdminEvent(AdminEvent.Kind.ALERT_RAISED, texts.get("chat.alert.raised", c.name(), what,
                        reading + texts.get("chat.alert.threshold", threshold)), ""));
                counts[0]++;
            }
            case RESOLVE -> {
                current.observe(value, threshold);
                resolve(current, value, now);
                adminEvents.fire(new AdminEvent(AdminEvent.Kind.ALERT_RESOLVED,
                        texts.get("chat.alert.resolved", c.name(), what, reading), ""));
                counts[1]++;
            }
            case NONE -> {
                if (current != null) {
                    current.observe(value, threshold);
                }
            }
        }
    }

    private static String cut(String mount) {
        return mount.length() > 255 ? mount.substring(0, 255) : mount;
    }

    private Alert raise(long deviceId, AlertKind kind, String mount, Double value, Integer threshold, String detail,
            Instant now) {
        Alert a = Alert.aboutDevice(deviceId, kind, mount, value, threshold, detail, now);
        em.persist(a);
        em.flush();
        em.persist(new AlertChangeRecord(a.getId(), true, value, threshold, now));
        return a;
    }

    private void resolve(Alert a, Double value, Instant now) {
        a.resolve(now, value);
        em.persist(new AlertChangeRecord(a.getId(), false, value, a.getThreshold(), now));
    }

    /** Open alerts per device id, for lists and the dashboard. */
    public Map<Long, Long> openCounts() {
        Map<Long, Long> out = new HashMap<>();
        em.createQuery("SELECT a.deviceId, COUNT(a) FROM Alert a WHERE a.resolvedAt IS NULL AND a.deviceId IS NOT NULL"
                + " GROUP BY a.deviceId", Object[].class).getResultList().forEach(r -> out.put((Long) r[0], (Long) r[1]));
        return out;
    }

    /** The open alerts of one device, newest first. */
    public List<AlertRow> openFor(long deviceId, String deviceName) {
        return em.createQuery("SELECT a FROM Alert a WHERE a.deviceId = :d AND a.resolvedAt IS NULL ORDER BY a.raisedAt DESC",
                Alert.class).setParameter("d", deviceId).getResultList().stream().map(a -> AlertRow.of(a, deviceName)).toList();
    }
}
