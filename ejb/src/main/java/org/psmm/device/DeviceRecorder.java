package org.psmm.device;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.psmm.alert.DeviceAlertService;
import org.psmm.core.notify.AdminTexts;
import org.psmm.core.snmp.CounterRate;
import org.psmm.core.snmp.Discovery;
import org.psmm.core.snmp.InterfaceCounters;
import org.psmm.core.snmp.InterfaceInfo;
import org.psmm.core.snmp.PollReading;
import org.psmm.core.snmp.ProcessorLoad;
import org.psmm.core.snmp.StorageKind;
import org.psmm.core.snmp.StorageReading;
import org.psmm.core.snmp.Uptime;
import org.psmm.notify.AdminEvent;
import org.psmm.settings.SettingKey;
import org.psmm.settings.Settings;

/**
 * Stores one round's readings in one transaction: per device its state (up, failing, down with
 * the reason), its samples, its interfaces' counters and rates, what changed (a restart, an
 * interface that appeared or went), then the alerts those readings raise or resolve.
 *
 * <p>Rates come from the counters stored by the previous poll, not from memory, so they survive a
 * restart of PSMM and a second node. A restart of the device (its system uptime went back) or of
 * its agent (sysUpTime went back: counters may have started again) gives no rate for that
 * interval: never a negative or absurd one.
 */
@Stateless
public class DeviceRecorder {

    @PersistenceContext(unitName = "psmm")
    private EntityManager em;

    @EJB
    private Settings settings;

    @EJB
    private DeviceService devices;

    @EJB
    private DeviceAlertService alerts;

    @Inject
    private Event<AdminEvent> adminEvents;

    @Inject
    private java.time.Clock clock;

    public record Outcome(int raised, int resolved) {
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Outcome recordPolls(List<DeviceReading> readings) {
        int downAfter = settings.integer(SettingKey.SNMP_DOWN_AFTER_POLLS);
        Map<Long, Device> byId = load(readings);
        Map<Long, Map<Integer, DeviceInterface>> interfaces = interfacesOf(byId.keySet());
        Map<String, DeviceResource> resources = resourcesOf(byId.keySet());
        Map<Long, Map<org.psmm.settings.ThresholdKind, Integer>> own = devices.allThresholds();
        AdminTexts texts = settings.adminTexts();
        List<DeviceAlertService.DeviceCondition> conditions = new ArrayList<>();
        for (DeviceReading r : readings) {
            Device d = byId.get(r.deviceId());
            if (d == null) {
                continue; // deleted while it was polled
            }
            if (r.poll() == null) {
                Instant at = clock.instant();
                if (d.failed(at, r.reason(), r.error(), downAfter)) {
                    event(d.getId(), at, DeviceEventKind.DOWN, r.error());
                }
                conditions.add(new DeviceAlertService.DeviceCondition(d.getId(), d.getName(), false,
                        d.getStatus() == DeviceStatus.DOWN, r.error(), null, null, Map.of(), Set.of(), Map.of()));
                continue;
            }
            conditions.add(recordPoll(d, r.poll(), interfaces.computeIfAbsent(d.getId(), k -> new HashMap<>()), resources,
                    own.getOrDefault(d.getId(), Map.of()), texts));
        }
        em.flush();
        DeviceAlertService.Outcome o = alerts.evaluate(conditions, downAfter);
        return new Outcome(o.raised(), o.resolved());
    }

    private DeviceAlertService.DeviceCondition recordPoll(Device d, PollReading p, Map<Integer, DeviceInterface> ifs,
            Map<String, DeviceResource> resources, Map<org.psmm.settings.ThresholdKind, Integer> own, AdminTexts texts) {
        Instant at = p.at();
        boolean deviceRestarted = p.systemUptime() != null
                && Uptime.compare(d.getSystemUptime(), d.getLastAnswerAt(), p.systemUptime(), at) == Uptime.Change.RESTARTED;
        boolean agentRestarted = p.sysUpTime() != null && p.hrSystemUptime() != null
                && Uptime.compare(d.getSysUptime(), d.getLastAnswerAt(), p.sysUpTime(), at) == Uptime.Change.RESTARTED;
        if (deviceRestarted) {
            String uptime = formatUptime(p.systemUptime());
            d.restarted(at);
            event(d.getId(), at, DeviceEventKind.RESTARTED, "uptime " + uptime);
            adminEvents.fire(new AdminEvent(AdminEvent.Kind.DEVICE_RESTARTED, texts.get("chat.deviceRestarted", d.getName()),
                    texts.get("chat.deviceRestarted.detail", uptime)));
        }
        boolean discontinuity = deviceRestarted || agentRestarted;
        Set<String> portsDown = new LinkedHashSet<>();
        for (InterfaceCounters c : p.interfaces()) {
            DeviceInterface i = ifs.get(c.index());
            if (i == null) {
                i = new DeviceInterface(d.getId(), c.index(), at);
                em.persist(i);
                em.flush(); // its id, which its samples are keyed by
                ifs.put(c.index(), i);
                if (d.getDiscoveredAt() != null) {
                    event(d.getId(), at, DeviceEventKind.INTERFACE_ADDED, i.getDisplayName());
                }
            }
            double seconds = i.getCountersAt() == null ? 0 : Duration.between(i.getCountersAt(), at).toMillis() / 1000.0;
            double maxOctets = CounterRate.maxOctetsPerSecond(i.getSpeedBps());
            boolean hc = c.highCapacity() && i.isHighCapacity();
            Double inBps = bits(CounterRate.perSecond(i.getInOctets(), c.inOctets(), seconds, hc, discontinuity, maxOctets));
            Double outBps = bits(CounterRate.perSecond(i.getOutOctets(), c.outOctets(), seconds, hc, discontinuity, maxOctets));
            Double inErr = value(CounterRate.perSecond(i.getInErrors(), c.inErrors(), seconds, false, discontinuity, 0));
            Double outErr = value(CounterRate.perSecond(i.getOutErrors(), c.outErrors(), seconds, false, discontinuity, 0));
            i.polled(c, at, inBps, outBps, inErr, outErr);
            em.persist(new InterfaceSample(i.getId(), at, c.oper() == org.psmm.core.snmp.IfStatus.UP, inBps, outBps, inErr,
                    outErr));
            if (d.isPortAlerts() && i.isAlertEnabled() && i.isPortDown()) {
                portsDown.add(i.getDisplayName() + " (" + i.getIfIndex() + ")");
            }
        }
        for (ProcessorLoad cpu : p.processors()) {
            resource(d.getId(), ResourceKind.CPU, cpu.index(), null, null, resources);
            em.persist(new ResourceSample(d.getId(), at, ResourceKind.CPU, cpu.index(), (double) cpu.percent(), null, null));
        }
        Map<String, Double> disks = new LinkedHashMap<>();
        for (StorageReading s : p.storage()) {
            if (s.kind() == StorageKind.OTHER || s.sizeBytes() == 0) {
                continue; // buffers, caches, empty drives: not what an admin charts, 40 % of a net-snmp agent's rows
            }
            resource(d.getId(), ResourceKind.STORAGE, s.index(), s.descr(), s.kind(), resources);
            em.persist(new ResourceSample(d.getId(), at, ResourceKind.STORAGE, s.index(), s.usedPercent(), s.usedBytes(),
                    s.sizeBytes()));
            if (s.kind() == StorageKind.FIXED_DISK && s.usedPercent() != null && s.descr() != null) {
                disks.merge(s.descr(), s.usedPercent(), Math::max);
            }
        }
        Double cpu = p.cpuPercent();
        Double mem = p.memoryPercent();
        Long uptime = p.systemUptime() == null ? null : p.systemUptime() / 100;
        em.persist(new DeviceSample(d.getId(), at, uptime, cpu, mem));
        if (d.answered(at, p.sysUpTime(), p.systemUptime(), cpu, mem)) {
            event(d.getId(), at, DeviceEventKind.UP, null);
        }
        return new DeviceAlertService.DeviceCondition(d.getId(), d.getName(), true, false, null, cpu, mem, disks, portsDown, own);
    }

    /** Stores what discovery found: the system group, interfaces (added, changed, gone) and resources. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordDiscoveries(List<DeviceReading> readings) {
        Map<Long, Device> byId = load(readings);
        Map<Long, Map<Integer, DeviceInterface>> interfaces = interfacesOf(byId.keySet());
        Map<String, DeviceResource> resources = resourcesOf(byId.keySet());
        Instant now = clock.instant();
        for (DeviceReading r : readings) {
            Device d = byId.get(r.deviceId());
            if (d == null) {
                continue;
            }
            Discovery x = r.discovery();
            if (x == null) {
                d.discoveryFailed(r.error(), now);
                event(d.getId(), now, DeviceEventKind.DISCOVERY_FAILED, r.error());
                continue;
            }
            boolean first = d.getDiscoveredAt() == null;
            Map<Integer, DeviceInterface> known = interfaces.computeIfAbsent(d.getId(), k -> new HashMap<>());
            Set<Integer> seen = new HashSet<>();
            for (InterfaceInfo info : x.interfaces()) {
                seen.add(info.index());
                DeviceInterface i = known.get(info.index());
                if (i == null) {
                    i = new DeviceInterface(d.getId(), info.index(), now);
                    i.describe(info, now);
                    em.persist(i);
                    known.put(info.index(), i);
                    if (!first) {
                        event(d.getId(), now, DeviceEventKind.INTERFACE_ADDED, i.getDisplayName());
                    }
                } else {
                    if (!i.isPresent()) {
                        event(d.getId(), now, DeviceEventKind.INTERFACE_ADDED, info.displayName());
                    }
                    i.describe(info, now);
                }
            }
            for (DeviceInterface i : known.values()) {
                if (i.isPresent() && !seen.contains(i.getIfIndex())) {
                    i.removed(now);
                    event(d.getId(), now, DeviceEventKind.INTERFACE_REMOVED, i.getDisplayName());
                }
            }
            for (StorageReading s : x.storage()) {
                resource(d.getId(), ResourceKind.STORAGE, s.index(), s.descr(), s.kind(), resources);
            }
            for (ProcessorLoad p : x.processors()) {
                resource(d.getId(), ResourceKind.CPU, p.index(), null, null, resources);
            }
            d.discovered(x.system(), !x.storage().isEmpty() || !x.processors().isEmpty() || x.system().hrSystemUptime() != null,
                    now);
            if (first) {
                event(d.getId(), now, DeviceEventKind.DISCOVERED, x.interfaces().size() + " interfaces, " + x.storage().size()
                        + " storage entries, " + x.processors().size() + " processors");
            }
        }
    }

    private Map<Long, Device> load(List<DeviceReading> readings) {
        Map<Long, Device> out = new HashMap<>();
        List<Long> ids = readings.stream().map(DeviceReading::deviceId).toList();
        for (int from = 0; from < ids.size(); from += 1000) {
            em.createQuery("SELECT d FROM Device d WHERE d.id IN :ids", Device.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .getResultList().forEach(d -> out.put(d.getId(), d));
        }
        return out;
    }

    private Map<Long, Map<Integer, DeviceInterface>> interfacesOf(Set<Long> deviceIds) {
        Map<Long, Map<Integer, DeviceInterface>> out = new HashMap<>();
        List<Long> ids = List.copyOf(deviceIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            em.createQuery("SELECT i FROM DeviceInterface i WHERE i.deviceId IN :ids", DeviceInterface.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .getResultList().forEach(i -> out.computeIfAbsent(i.getDeviceId(), k -> new HashMap<>()).put(i.getIfIndex(), i));
        }
        return out;
    }

    private Map<String, DeviceResource> resourcesOf(Set<Long> deviceIds) {
        Map<String, DeviceResource> out = new HashMap<>();
        List<Long> ids = List.copyOf(deviceIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            em.createQuery("SELECT r FROM DeviceResource r WHERE r.deviceId IN :ids", DeviceResource.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .getResultList().forEach(r -> out.put(r.getDeviceId() + "|" + r.getKind() + "|" + r.getHrIndex(), r));
        }
        return out;
    }

    /** Makes sure a resource row exists (a disk mounted since discovery); describes it again when a description is given. */
    private void resource(long deviceId, ResourceKind kind, int index, String descr, StorageKind storageKind,
            Map<String, DeviceResource> known) {
        String key = deviceId + "|" + kind + "|" + index;
        DeviceResource r = known.get(key);
        if (r == null) {
            r = new DeviceResource(deviceId, kind, index, descr, storageKind);
            em.persist(r);
            known.put(key, r);
        } else if (descr != null && !descr.equals(r.getDescr())) {
            r.describe(descr, storageKind);
        }
    }

    private void event(long deviceId, Instant at, DeviceEventKind kind, String detail) {
        em.persist(new DeviceEvent(deviceId, at, kind, detail));
    }

    private static Double bits(OptionalDouble octetsPerSecond) {
        return octetsPerSecond.isPresent() ? octetsPerSecond.getAsDouble() * 8 : null;
    }

    private static Double value(OptionalDouble v) {
        return v.isPresent() ? v.getAsDouble() : null;
    }

    static String formatUptime(long ticks) {
        Duration d = Uptime.toDuration(ticks);
        return d.toDays() + "d " + d.toHoursPart() + "h " + d.toMinutesPart() + "m";
    }
}
