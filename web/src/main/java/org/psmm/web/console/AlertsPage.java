package org.psmm.web.console;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.ResourceBundle;
import org.psmm.alert.AlertNotFoundException;
import org.psmm.alert.AlertRow;
import org.psmm.alert.AlertService;
import org.psmm.core.alert.AlertKind;
import org.psmm.host.Host;
import org.psmm.host.HostService;

/** alerts.xhtml: open and past alerts, filtered by host, site, kind and state; operators acknowledge. */
@Named
@ViewScoped
public class AlertsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AlertService alerts;

    @EJB
    private HostService hosts;

    @EJB
    private org.psmm.site.SiteService sites;

    private Long hostId;
    private String site;
    private AlertKind kind;
    private String state = "open";
    private List<AlertRow> rows;

    @PostConstruct
    void init() {
        search();
    }

    public void search() {
        Boolean open = switch (state == null ? "" : state) {
            case "open" -> Boolean.TRUE;
            case "past" -> Boolean.FALSE;
            default -> null;
        };
        rows = alerts.list(hostId, kind, open, 1000);
        if (site != null) {
            // A row names its host or device: keep those the site holds.
            java.util.Set<String> members = new java.util.HashSet<>();
            sites.list().stream().filter(s -> site.equals(s.name())).forEach(s -> {
                members.addAll(s.hosts());
                members.addAll(s.devices());
            });
            rows = rows.stream().filter(r -> members.contains(r.hostName())).toList();
        }
    }

    public void acknowledge(long id) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        try {
            alerts.acknowledge(id, faces.getExternalContext().getRemoteUser());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, msg.getString("alerts.acknowledged"), null));
        } catch (AlertNotFoundException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, e.getMessage(), null));
        }
        search();
    }

    public List<AlertRow> getRows() {
        return rows;
    }

    public List<Host> getHosts() {
        return hosts.list();
    }

    public AlertKind[] getKinds() {
        return AlertKind.values();
    }

    public String getSite() {
        return site;
    }

    public void setSite(String site) {
        this.site = site == null || site.isBlank() ? null : site;
    }

    public Long getHostId() {
        return hostId;
    }

    public void setHostId(Long hostId) {
        this.hostId = hostId;
    }

    public AlertKind getKind() {
        return kind;
    }

    public void setKind(AlertKind kind) {
        this.kind = kind;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }
}
