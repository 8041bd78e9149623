package org.psmm.site;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.psmm.alert.AlertRow;
import org.psmm.audit.AuditKind;
import org.psmm.audit.AuditTrail;
import org.psmm.alert.AlertService;
import org.psmm.alert.DeviceAlertService;
import org.psmm.core.alert.AlertKind;
import org.psmm.device.Device;
import org.psmm.device.DeviceService;
import org.psmm.device.DeviceStatus;
import org.psmm.error.PsmmException;
import org.psmm.host.Host;
import org.psmm.host.HostService;
import org.psmm.security.PsmmRole;

/**
 * Sites: described ones (a row) and those hosts or devices only name, with what each holds. A
 * renamed site takes its hosts, devices and captive portal along; a site is removed only once it is empty.
 */
@Stateless
public class SiteService {

    @PersistenceContext(unitName = "psmm")
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private HostService hosts;

    @EJB
    private DeviceService devices;

    @EJB
    private AlertService alerts;

    @EJB
    private DeviceAlertService deviceAlerts;

    @EJB
    private AuditTrail audit;

    /** Every site by name (case ignored), then what has no site (name null) if anything. */
    public List<SiteSummary> list() {
        Map<String, Site> described = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        em.createQuery("SELECT s FROM Site s", Site.class).getResultList().forEach(s -> described.put(s.getName(), s));
        Map<String, List<Host>> hostsBySite = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        List<Host> noSiteHosts = new ArrayList<>();
        for (Host h : hosts.list()) {
            if (h.getSite() == null) {
                noSiteHosts.add(h);
            } else {
                hostsBySite.computeIfAbsent(h.getSite(), k -> new ArrayList<>()).add(h);
            }
        }
        Map<String, List<Device>> devicesBySite = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        List<Device> noSiteDevices = new ArrayList<>();
        for (Device d : devices.list()) {
            if (d.getSite() == null) {
                noSiteDevices.add(d);
            } else {
                devicesBySite.computeIfAbsent(d.getSite(), k -> new ArrayList<>()).add(d);
            }
        }
        Set<Long> down = new HashSet<>();
        for (AlertRow a : alerts.list(null, AlertKind.HOST_DOWN, true, 100_000)) {
            down.add(a.hostId());
        }
        Map<Long, Long> hostAlerts = alerts.openCounts();
        Map<Long, Long> devAlerts = deviceAlerts.openCounts();
        Set<String> names = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        names.addAll(described.keySet());
        names.addAll(hostsBySite.keySet());
        names.addAll(devicesBySite.keySet());
        List<SiteSummary> out = new ArrayList<>();
        for (String name : names) {
            Site s = described.get(name);
            out.add(summary(s, s == null ? name : s.getName(), hostsBySite.getOrDefault(name, List.of()),
                    devicesBySite.getOrDefault(name, List.of()), down, hostAlerts, devAlerts));
        }
        if (!noSiteHosts.isEmpty() || !noSiteDevices.isEmpty()) {
            out.add(summary(null, null, noSiteHosts, noSiteDevices, down, hostAlerts, devAlerts));
        }
        return out;
    }

    private static SiteSummary summary(Site s, String name, List<Host> hs, List<Device> ds, Set<Long> down,
            Map<Long, Long> hostAlerts, Map<Long, Long> devAlerts) {
        int hostsDown = (int) hs.stream().filter(h -> down.contains(h.getId())).count();
        int hostsUp = (int) hs.stream().filter(h -> h.isEnabled() && h.getLastContactAt() != null && !down.contains(h.getId())).count();
        int devicesUp = (int) ds.stream().filter(d -> d.getStatus() == DeviceStatus.UP).count();
        int devicesDown = (int) ds.stream().filter(d -> d.getStatus() == DeviceStatus.DOWN).count();
        long open = hs.stream().mapToLong(h -> hostAlerts.getOrDefault(h.getId(), 0L)).sum()
                + ds.stream().mapToLong(d -> devAlerts.getOrDefault(d.getId(), 0L)).sum();
        return new SiteSummary(s == null ? null : s.getId(), name, s == null ? null : s.getRegion(),
                s == null ? null : s.getAddress(), s == null ? null : s.getNotes(), hs.stream().map(Host::getName).toList(),
                ds.stream().map(Device::getName).toList(), hostsUp, hostsDown, devicesUp, devicesDown, open);
    }

    /** Names of every site, described or named, for pickers and filters. */
    public List<String> names() {
        return list().stream().map(SiteSummary::name).filter(n -> n != null).toList();
    }

    public Optional<Site> find(long id) {
        return Optional.ofNullable(em.find(Site.class, id));
    }

    public Site get(long id) {
        return find(id).orElseThrow(() -> PsmmException.notFound("No site with id " + id));
    }

    /** Describes a site (new, or one hosts already name). */
    @RolesAllowed({PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public Site create(@NotNull @Valid SiteForm form) {
        requireFree(form.getName().strip(), null);
        Site s = new Site(clock.instant());
        s.apply(form, clock.instant());
        em.persist(s);
        em.flush();
        audit.record(AuditKind.SITE_CREATED, s.getName(), null);
        return s;
    }

    /** Changes a site; a new name is carried to its hosts and devices. */
    @RolesAllowed({PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public Site update(long id, @NotNull @Valid SiteForm form) {
        Site s = get(id);
        String old = s.getName();
        String name = form.getName().strip();
        requireFree(name, id);
        if (!old.equals(name) && ((Number) em.createNativeQuery("SELECT COUNT(*) FROM captive_portal WHERE site = ?")
                .setParameter(1, name).getSingleResult()).longValue() > 0) {
            throw new PsmmException(PsmmException.Kind.CONFLICT, "a captive portal is already set up for a site named '"
                    + name + "'", "name", "a captive portal already has this site name");
        }
        s.apply(form, clock.instant());
        if (!old.equals(name)) {
            em.createQuery("UPDATE Host h SET h.site = :n WHERE h.site = :o").setParameter("n", name).setParameter("o", old)
                    .executeUpdate();
            em.createQuery("UPDATE Device d SET d.site = :n WHERE d.site = :o").setParameter("n", name).setParameter("o", old)
                    .executeUpdate();
            // The site's captive portal (system updates) is kept by site name too.
            em.createNativeQuery("UPDATE captive_portal SET site = ? WHERE site = ?").setParameter(1, name).setParameter(2, old)
                    .executeUpdate();
        }
        em.flush();
        audit.record(AuditKind.SITE_CHANGED, name, old.equals(name) ? null : "renamed from " + old);
        return s;
    }

    /** Removes a site's description; refused while hosts or devices are in it. */
    @RolesAllowed({PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public void delete(long id) {
        Site s = get(id);
        long members = em.createQuery("SELECT COUNT(h) FROM Host h WHERE h.site = :n", Long.class).setParameter("n", s.getName())
                .getSingleResult()
                + em.createQuery("SELECT COUNT(d) FROM Device d WHERE d.site = :n", Long.class).setParameter("n", s.getName())
                        .getSingleResult();
        if (members > 0) {
            throw PsmmException.conflict("site '" + s.getName() + "' still has " + members
                    + " hosts and devices: move them to another site first");
        }
        em.remove(s);
        audit.record(AuditKind.SITE_DELETED, s.getName(), null);
    }

    private void requireFree(String name, Long exceptId) {
        String lower = name.toLowerCase(Locale.ROOT);
        List<Long> ids = em.createQuery("SELECT s.id FROM Site s WHERE LOWER(s.name) = :n", Long.class).setParameter("n", lower)
                .getResultList();
        if (ids.stream().anyMatch(found -> !found.equals(exceptId))) {
            throw new PsmmException(PsmmException.Kind.CONFLICT, "a site named '" + name + "' already exists", "name",
                    "a site of this name already exists");
        }
    }
}
