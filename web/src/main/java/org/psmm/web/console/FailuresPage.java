package org.psmm.web.console;

import jakarta.inject.Inject;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.psmm.failure.FailureExplorer;
import org.psmm.failure.FailureFilter;
import org.psmm.failure.FailureSummary;
import org.psmm.host.Host;
import org.psmm.host.HostService;

/**
 * failures.xhtml: today's and yesterday's totals, the top IPs and users of the last 7 days, and
 * the failed logins, filtered, sorted and paged in the database. The CSV button links to
 * /api/failures.csv with the same filter (the API accepts the console's session).
 */
@Named
@ViewScoped
public class FailuresPage implements Serializable {

    @Inject
    private TimeFormat time;

    private static final long serialVersionUID = 1L;

    @EJB
    private FailureExplorer explorer;

    @EJB
    private HostService hosts;

    private FailureSummary summary;
    private List<Host> hostList;
    private List<String> services;
    private FailureLazyModel rows;

    private LocalDateTime from;
    private LocalDateTime to;
    private Long hostId;
    private String service;
    private String user;
    private String ip;
    /** logins (default: probes hidden), auth, authz, probe, or all. */
    private String kind = FailureFilter.LOGINS;
    private Map<Long, String> zones;

    @PostConstruct
    void load() {
        summary = explorer.summary(null, null, time.zone());
        hostList = hosts.list();
        zones = new java.util.HashMap<>();
        hostList.forEach(h -> zones.put(h.getId(), h.getTimeZone()));
        services = explorer.services();
        rows = new FailureLazyModel(explorer, this::filter);
    }

    FailureFilter filter() {
        ZoneId zone = time.zone();
        return new FailureFilter(from == null ? null : from.atZone(zone).toInstant(),
                to == null ? null : to.atZone(zone).toInstant(), hostId, service, user, ip, kindFilter());
    }

    /** The kind as the explorer takes it: null for all kinds. */
    private String kindFilter() {
        return kind == null || "all".equals(kind) ? null : kind;
    }

    /** The zone a host's log times are written in (the "local time" column). */
    public String zoneOf(long hostId) {
        String z = zones.get(hostId);
        return z == null ? "" : z;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = java.util.List.of(FailureFilter.LOGINS, "auth", "authz", FailureFilter.PROBE, "all").contains(kind)
                ? kind : FailureFilter.LOGINS;
    }

    /** The filters are read at each load: applying them is re-rendering the table from its first page. */
    public void apply() {
        org.primefaces.component.datatable.DataTable table = (org.primefaces.component.datatable.DataTable) FacesContext
                .getCurrentInstance().getViewRoot().findComponent("failuresForm:failures");
        if (table != null) {
            table.setFirst(0);
        }
    }

    public void clear() {
        from = null;
        to = null;
        hostId = null;
        service = null;
        user = null;
        ip = null;
        kind = FailureFilter.LOGINS;
        apply();
    }

    /** /psmm/api/failures.csv with the current filter; bounds as local date-times, read in the server's zone by the API. */
    public String getCsvUrl() {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("from", from);
        q.put("to", to);
        q.put("host", hostId);
        q.put("service", service);
        q.put("user", user);
        q.put("ip", ip);
        q.put("kind", kindFilter());
        String query = q.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().toString().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String base = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/failures.csv";
        return query.isEmpty() ? base : base + "?" + query;
    }

    public FailureSummary getSummary() {
        return summary;
    }

    public List<Host> getHostList() {
        return hostList;
    }

    public List<String> getServices() {
        return services;
    }

    public FailureLazyModel getRows() {
        return rows;
    }

    public LocalDateTime getFrom() {
        return from;
    }

    public void setFrom(LocalDateTime from) {
        this.from = from;
    }

    public LocalDateTime getTo() {
        return to;
    }

    public void setTo(LocalDateTime to) {
        this.to = to;
    }

    public Long getHostId() {
        return hostId;
    }

    public void setHostId(Long hostId) {
        this.hostId = hostId;
    }

    public String getService() {
        return service;
    }

    public void setService(String service) {
        this.service = service;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getIp() {
        return ip;
    }

    public void setIp(String ip) {
        this.ip = ip;
    }
}
