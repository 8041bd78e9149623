package org.psmm.settings;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import org.psmm.core.notify.AdminTexts;
import java.util.Map;
import jakarta.annotation.security.RolesAllowed;
import org.psmm.security.PsmmRole;
import org.psmm.audit.AuditKind;
import org.psmm.audit.AuditTrail;
import jakarta.ejb.EJB;

/**
 * Reads and changes settings. Every read goes to the database (a primary-key lookup), so a
 * change is effective at the next use, on every node, without a redeploy.
 */
@Stateless
public class Settings {

    @PersistenceContext(unitName = "psmm")
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private Event<SettingsChanged> changed;

    /** The stored value, or the default; a stored value that no longer fits falls back too. */
    public String text(SettingKey key) {
        Setting s = em.find(Setting.class, key.key());
        if (s == null) {
            return key.defaultValue();
        }
        try {
            return key.normalize(s.getValue());
        } catch (InvalidSettingException e) {
            return key.defaultValue();
        }
    }

    public int integer(SettingKey key) {
        if (key.type() != SettingType.INTEGER) {
            throw new IllegalArgumentException(key + " is not a number");
        }
        return Integer.parseInt(text(key));
    }

    public Duration duration(SettingKey key) {
        if (key.unit() == null) {
            throw new IllegalArgumentException(key + " is not a duration");
        }
        Duration d = key.duration(integer(key));
        return INTERVAL_SCALE > 1 ? d.dividedBy(INTERVAL_SCALE) : d;
    }

    /**
     * For tests only (ClusterIT): PSMM_INTERVAL_SCALE=N makes every interval setting N times
     * shorter (180: an hour lasts 20 s), so that hours of scheduled rounds run in a minute.
     */
    private static final long INTERVAL_SCALE = intervalScale(System.getenv("PSMM_INTERVAL_SCALE"));

    static long intervalScale(String value) {
        try {
            return value == null || value.isBlank() ? 1 : Math.max(1, Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    public boolean flag(SettingKey key) {
        if (key.type() != SettingType.BOOLEAN) {
            throw new IllegalArgumentException(key + " is not true or false");
        }
        return Boolean.parseBoolean(text(key));
    }

    public LocalTime timeOfDay(SettingKey key) {
        if (key.type() != SettingType.TIME) {
            throw new IllegalArgumentException(key + " is not a time of day");
        }
        return key.timeOfDay(text(key));
    }

    /** The words of mails and chat messages in the language admins chose (notify.language). */
    public AdminTexts adminTexts() {
        return AdminTexts.of(text(SettingKey.NOTIFY_LANGUAGE));
    }

    public List<String> mailList(SettingKey key) {
        return key.mailList(text(key));
    }

    public List<String> urlList(SettingKey key) {
        if (key.type() != SettingType.URL_LIST) {
            throw new IllegalArgumentException(key.key() + " is not a list of addresses");
        }
        return key.urlList(text(key));
    }

    /** Every known setting with its current value and who changed it last. */
    public List<SettingValue> all() {
        Map<String, Setting> stored = new HashMap<>();
        em.createQuery("SELECT s FROM Setting s", Setting.class).getResultList().forEach(s -> stored.put(s.getKey(), s));
        return java.util.Arrays.stream(SettingKey.values()).map(k -> {
            Setting s = stored.get(k.key());
            return new SettingValue(k, text(k), s == null ? null : s.getUpdatedAt(), s == null ? null : s.getUpdatedBy());
        }).toList();
    }

    /**
     * Changes several settings at once: all are checked first, so one bad value changes nothing.
     *
     * @throws InvalidSettingException for an unknown key or a bad value
     */
    @RolesAllowed(PsmmRole.ADMIN)
    public void change(Map<String, String> values, String by) {
        Map<SettingKey, String> checked = new EnumMap<>(SettingKey.class);
        values.forEach((name, value) -> {
            SettingKey key = SettingKey.byKey(name).orElseThrow(() -> new InvalidSettingException(name, "is not a setting"));
            checked.put(key, key.normalize(value));
        });
        java.util.List<String> changes = new java.util.ArrayList<>();
        checked.forEach((key, value) -> {
            Setting s = em.find(Setting.class, key.key());
            String before = s == null ? key.defaultValue() : s.getValue();
            if (!before.equals(value)) {
                changes.add(key.key() + ": " + (before.isEmpty() ? "(empty)" : before) + " → " + (value.isEmpty() ? "(empty)" : value));
            }
            if (s == null) {
                s = new Setting(key.key());
                s.change(value, clock.instant(), by);
                em.persist(s);
            } else {
                s.change(value, clock.instant(), by);
            }
        });
        if (!changes.isEmpty()) {
            audit.record(AuditKind.SETTINGS_CHANGED, String.join(", ", checked.keySet().stream().map(SettingKey::key).toList()),
                    String.join("; ", changes));
        }
        // Observers that schedule by a setting (the daily report) re-arm once this commits.
        changed.fire(new SettingsChanged(java.util.Set.copyOf(checked.keySet())));
    }

    /** The threshold that applies to a host: its own, else the global one. */
    public int threshold(long hostId, ThresholdKind kind) {
        HostThreshold own = em.find(HostThreshold.class, new HostThreshold.Key(hostId, kind));
        return own != null ? own.getPercent() : integer(kind.globalSetting());
    }

    /** Every host's own thresholds, by host id, for a poll of all hosts in one query. */
    public Map<Long, Map<ThresholdKind, Integer>> allHostThresholds() {
        Map<Long, Map<ThresholdKind, Integer>> out = new HashMap<>();
        em.createQuery("SELECT t FROM HostThreshold t", HostThreshold.class).getResultList()
                .forEach(t -> out.computeIfAbsent(t.getHostId(), h -> new EnumMap<>(ThresholdKind.class))
                        .put(t.getKind(), t.getPercent()));
        return out;
    }

    /** A host's own thresholds (kinds without one are absent). */
    public Map<ThresholdKind, Integer> hostThresholds(long hostId) {
        Map<ThresholdKind, Integer> out = new EnumMap<>(ThresholdKind.class);
        em.createQuery("SELECT t FROM HostThreshold t WHERE t.hostId = :host", HostThreshold.class)
                .setParameter("host", hostId)
                .getResultList()
                .forEach(t -> out.put(t.getKind(), t.getPercent()));
        return out;
    }

    /** Sets (or with null, removes) a host's own threshold for each kind given. */
    @RolesAllowed(PsmmRole.ADMIN)
    public void changeHostThresholds(long hostId, Map<ThresholdKind, Integer> percents, String by) {
        Map<ThresholdKind, Integer> before = hostThresholds(hostId);
        percents.forEach((kind, percent) -> {
            if (percent != null && (percent < 0 || percent > 100)) {
                throw new InvalidSettingException(kind.name().toLowerCase(), "threshold must be between 0 and 100");
            }
        });
        percents.forEach((kind, percent) -> {
            HostThreshold t = em.find(HostThreshold.class, new HostThreshold.Key(hostId, kind));
            if (percent == null) {
                if (t != null) {
                    em.remove(t);
                }
            } else if (t == null) {
                t = new HostThreshold(hostId, kind);
                t.change(percent, clock.instant(), by);
                em.persist(t);
            } else {
                t.change(percent, clock.instant(), by);
            }
        });
        Map<ThresholdKind, Integer> after = hostThresholds(hostId);
        if (!before.equals(after)) {
            audit.record(AuditKind.THRESHOLDS_CHANGED, "host #" + hostId, before + " → " + after);
        }
    }
}
