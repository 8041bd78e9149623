package org.psmm.web.console;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.psmm.alert.DeviceAlertService;
import org.psmm.device.Device;
import org.psmm.device.DeviceDiscoveryTimer;
import org.psmm.device.DeviceForm;
import org.psmm.device.DeviceService;
import org.psmm.error.PsmmException;
import org.psmm.host.Host;
import org.psmm.host.HostService;

/**
 * devices.xhtml: the device inventory, filtered by site and searched, the add/edit dialog (secrets
 * write-only: a stored one shows as stored, never as what it is), poll now and discover now.
 */
@Named
@ViewScoped
public class DevicesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DeviceService devices;

    @jakarta.inject.Inject
    private DeviceRounds rounds;

    @EJB
    private DeviceDiscoveryTimer discovery;

    @EJB
    private DeviceAlertService deviceAlerts;

    @EJB
    private HostService hosts;

    private String site;
    private String search;
    private List<Device> list;
    private Map<Long, Long> openAlerts;
    private DeviceForm form = new DeviceForm();
    private Long editingId;
    private Device editing;

    @PostConstruct
    void load() {
        list = devices.list(site, search);
        openAlerts = deviceAlerts.openCounts();
    }

    public void filter() {
        load();
    }

    public List<Device> getList() {
        return list;
    }

    public long openAlerts(Device d) {
        return openAlerts.getOrDefault(d.getId(), 0L);
    }

    public List<Host> getHosts() {
        return hosts.list();
    }

    public void openNew() {
        form = new DeviceForm();
        editingId = null;
        editing = null;
    }

    public void edit(Device d) {
        form = DeviceForm.of(d);
        editingId = d.getId();
        editing = d;
    }

    public boolean isEditing() {
        return editingId != null;
    }

    /** Placeholder of a secret field: "stored" when one is, so a person knows empty keeps it. */
    public String storedHint(String which) {
        if (editing == null) {
            return "";
        }
        boolean set = switch (which) {
            case "community" -> editing.isCommunitySet();
            case "auth" -> editing.isAuthPasswordSet();
            default -> editing.isPrivPasswordSet();
        };
        return set ? ConsoleMessages.text("device.secretStored") : "";
    }

    public void save() {
        try {
            if (editingId == null) {
                Device d = devices.create(form);
                Device found = discovery.discoverNow(d.getId());
                ConsoleMessages.info(found.getDiscoveryError() == null
                        ? ConsoleMessages.text("device.added", d.getName(), found.getSysName() == null ? "" : found.getSysName())
                        : ConsoleMessages.text("device.addedNotDiscovered", d.getName(), found.getDiscoveryError()));
            } else {
                devices.update(editingId, form);
                ConsoleMessages.info(ConsoleMessages.text("device.updated", form.getName()));
            }
            PrimeFaces.current().executeScript("PF('deviceDialog').hide()");
            load();
        } catch (PsmmException e) {
            if (e.field() != null) {
                ConsoleMessages.fieldError("deviceForm:" + e.field(), e.fieldMessage());
            } else {
                ConsoleMessages.error(e.getMessage());
            }
        }
    }

    public void delete(Device d) {
        try {
            devices.delete(d.getId());
            ConsoleMessages.info(ConsoleMessages.text("device.deleted", d.getName()));
        } catch (PsmmException e) {
            ConsoleMessages.error(e.getMessage());
        }
        load();
    }

    public void discover(Device d) {
        rounds.discover(d.getId());
        load();
    }

    public void pollAll() {
        rounds.pollAll();
        load();
    }

    public DeviceForm getForm() {
        return form;
    }

    public String getSite() {
        return site;
    }

    public void setSite(String site) {
        this.site = site == null || site.isBlank() ? null : site;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
