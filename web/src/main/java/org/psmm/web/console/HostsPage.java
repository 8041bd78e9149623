package org.psmm.web.console;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.primefaces.PrimeFaces;
import org.psmm.core.ssh.SshException;
import org.psmm.host.DuplicateHostNameException;
import org.psmm.host.Host;
import org.psmm.hostcheck.HostCheck;
import org.psmm.hostcheck.HostCheckService;
import org.psmm.host.HostForm;
import org.psmm.host.HostKeyNotConfirmedException;
import org.psmm.host.HostKeyService;
import org.psmm.host.HostNotFoundException;
import org.psmm.host.HostRole;
import org.psmm.host.HostService;
import org.psmm.host.ScannedHostKey;
import org.psmm.ssh.SshConnections;

/** hosts.xhtml: the inventory, the add/edit dialog, host key confirmation and host checks. */
@Named
@ViewScoped
public class HostsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream().sorted().toList();

    @EJB
    private HostService hosts;

    @EJB
    private HostKeyService hostKeys;

    @EJB
    private HostCheckService checks;

    @EJB
    private SshConnections ssh;

    private List<Host> list;
    private Host keyHost;
    private ScannedHostKey scannedKey;
    private String keyError;
    private Host checkedHost;
    private HostCheck check;
    private HostForm form = new HostForm();
    private Long editingId;

    @PostConstruct
    void load() {
        list = hosts.list();
    }

    public List<Host> getList() {
        return list;
    }

    public HostForm getForm() {
        return form;
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public HostRole[] getAllRoles() {
        return HostRole.values();
    }

    public Set<HostRole> getRoles() {
        return form.getRoles();
    }

    // Faces cannot see the element type of a Set<enum>: the page hands over the role names.
    public void setRoles(Set<?> selected) {
        Set<HostRole> roles = EnumSet.noneOf(HostRole.class);
        for (Object o : selected) {
            roles.add(o instanceof HostRole r ? r : HostRole.valueOf(o.toString()));
        }
        form.setRoles(roles);
    }

    public List<String> completeZone(String query) {
        String q = query == null ? "" : query.toLowerCase();
        return ZONES.stream().filter(z -> z.toLowerCase().contains(q)).limit(30).toList();
    }

    public void openNew() {
        form = new HostForm();
        editingId = null;
    }

    public void edit(Host host) {
        form = HostForm.of(host);
        editingId = host.getId();
    }

    public void save() {
        try {
            if (editingId == null) {
                hosts.create(form);
                info("hosts.added", form.getName());
            } else {
                hosts.update(editingId, form);
                info("hosts.updated", form.getName());
            }
            PrimeFaces.current().executeScript("PF('hostDialog').hide()");
            load();
        } catch (DuplicateHostNameException e) {
            ConsoleMessages.fieldError("hostForm:name", ConsoleMessages.text("hosts.duplicate"));
        } catch (HostNotFoundException e) {
            info("hosts.gone", form.getName());
            load();
        }
    }

    public void delete(Host host) {
        try {
            hosts.delete(host.getId());
            info("hosts.deleted", host.getName());
        } catch (HostNotFoundException e) {
            info("hosts.gone", host.getName());
        }
        load();
    }

    public String getAuthorizedKeysLine() {
        return ssh.identity().authorizedKeysLine();
    }

    public String getIdentityFingerprint() {
        return ssh.identity().fingerprint();
    }

    public Host getKeyHost() {
        return keyHost;
    }

    public ScannedHostKey getScannedKey() {
        return scannedKey;
    }

    public String getKeyError() {
        return keyError;
    }

    public Host getCheckedHost() {
        return checkedHost;
    }

    public HostCheck getCheck() {
        return check;
    }

    /** Reads the key the host presents now, for the admin to compare before confirming. */
    public void scanKey(Host host) {
        keyHost = host;
        scannedKey = null;
        keyError = null;
        try {
            scannedKey = hostKeys.scan(host.getId());
        } catch (SshException e) {
            keyError = e.getMessage();
        } catch (HostNotFoundException e) {
            keyError = ConsoleMessages.text("hosts.gone", host.getName());
        }
    }

    public void confirmKey() {
        try {
            hostKeys.confirm(keyHost.getId(), scannedKey.fingerprint());
            info("hosts.key.pinned", keyHost.getName());
            PrimeFaces.current().executeScript("PF('keyDialog').hide()");
            load();
        } catch (SshException | HostKeyNotConfirmedException e) {
            keyError = e.getMessage();
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void runCheck(Host host) {
        checkedHost = host;
        check = checks.check(host.getId());
        load();
    }

    private static void info(String key, String name) {
        ConsoleMessages.info(ConsoleMessages.text(key, name));
    }
}
