package org.psmm.web.console;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.psmm.host.Host;
import org.psmm.host.HostService;
import org.psmm.security.PsmmRole;
import org.psmm.update.HostUpdateOptions;
import org.psmm.update.InvalidUpdateOptionException;
import org.psmm.update.PortalForm;
import org.psmm.update.PortalView;
import org.psmm.update.UpdateRun;
import org.psmm.update.UpdateService;
import org.psmm.update.UpdateStatus;

/**
 * updates.xhtml: the update runs (refreshed while one runs), "update this host" / "update all",
 * each host's apt options and each site's captive portal. Starting and changing: admins only.
 */
@Named
@ViewScoped
public class UpdatesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private UpdateService updates;

    @EJB
    private HostService hosts;

    private List<UpdateRun> runs;
    private List<HostRow> hostRows;
    /** The saved portals, read once per view (the site list is evaluated many times per render). */
    private List<PortalView> portals;
    private String portalSite = "";
    private String loginUrl;
    private String logoutUrl;
    private String userField = "username";
    private String passwordField = "password";
    private String portalUser;
    private String portalPassword;
    private boolean portalPasswordSet;

    /** A host with its editable update options. */
    public static final class HostRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final String name;
        private final String site;
        private String aptConfig;
        private String rootPrefix;
        private boolean viaPortal;

        HostRow(Host h, HostUpdateOptions o) {
            id = h.getId();
            name = h.getName();
            site = h.getSite() == null ? "" : h.getSite();
            aptConfig = o.getAptConfig();
            rootPrefix = o.getRootPrefix();
            viaPortal = o.isViaPortal();
        }

        public long getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public String getSite() {
            return site;
        }

        public String getAptConfig() {
            return aptConfig;
        }

        public void setAptConfig(String aptConfig) {
            this.aptConfig = aptConfig;
        }

        public String getRootPrefix() {
            return rootPrefix;
        }

        public void setRootPrefix(String rootPrefix) {
            this.rootPrefix = rootPrefix;
        }

        public boolean isViaPortal() {
            return viaPortal;
        }

        public void setViaPortal(boolean viaPortal) {
            this.viaPortal = viaPortal;
        }
    }

    @PostConstruct
    void init() {
        refresh();
        hostRows = new ArrayList<>();
        for (Host h : hosts.list()) {
            hostRows.add(new HostRow(h, updates.options(h.getId())));
        }
        portals = updates.portals();
        loadPortal();
    }

    public void refresh() {
        runs = updates.runs(null, 200);
    }

    public boolean isAdmin() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(PsmmRole.ADMIN);
    }

    /** Whether a run is queued or running: the page then polls. */
    public boolean isActive() {
        return runs.stream().anyMatch(r -> !r.getStatus().finished());
    }

    public void updateHost(HostRow row) {
        if (!requireAdmin()) {
            return;
        }
        try {
            updates.updateHost(row.getId(), user());
            ConsoleMessages.info(ConsoleMessages.text("updates.started", row.getName()));
        } catch (org.psmm.error.PsmmException e) { // already updating, or a Windows host (no apt)
            ConsoleMessages.error(e.getMessage());
        }
        refresh();
    }

    public void updateAll() {
        if (!requireAdmin()) {
            return;
        }
        int n = updates.updateAll(user()).size();
        ConsoleMessages.info(ConsoleMessages.text("updates.startedAll", n));
        refresh();
    }

    public void saveOptions(HostRow row) {
        if (!requireAdmin()) {
            return;
        }
        try {
            updates.changeOptions(row.getId(), row.getAptConfig(), row.getRootPrefix(), row.isViaPortal());
            ConsoleMessages.info(ConsoleMessages.text("updates.optionsSaved", row.getName()));
        } catch (InvalidUpdateOptionException e) {
            ConsoleMessages.error(row.getName() + ": " + e.getMessage());
        }
    }

    /** The sites of the hosts, plus those that already have a portal; "" is "no site". */
    public List<String> getSites() {
        TreeSet<String> sites = new TreeSet<>();
        sites.add("");
        hostRows.forEach(r -> sites.add(r.getSite()));
        portals.forEach(p -> sites.add(p.site()));
        return new ArrayList<>(sites);
    }

    public void loadPortal() {
        PortalView v = portals.stream().filter(p -> p.site().equals(portalSite == null ? "" : portalSite))
                .findFirst().orElse(null);
        loginUrl = v == null ? null : v.loginUrl();
        logoutUrl = v == null ? null : v.logoutUrl();
        userField = v == null ? "username" : v.userField();
        passwordField = v == null ? "password" : v.passwordField();
        portalUser = v == null ? null : v.user();
        portalPasswordSet = v != null && v.passwordSet();
        portalPassword = null;
    }

    public void savePortal() {
        if (!requireAdmin()) {
            return;
        }
        try {
            updates.savePortal(new PortalForm(portalSite, loginUrl, logoutUrl, userField, passwordField, portalUser,
                    portalPassword));
            ConsoleMessages.info(ConsoleMessages.text("updates.portalSaved"));
            portals = updates.portals();
            loadPortal();
        } catch (InvalidUpdateOptionException e) {
            ConsoleMessages.error(e.getMessage());
        } catch (EJBException e) {
            if (e.getCause() instanceof ConstraintViolationException cv) {
                showViolations(cv);
            } else {
                throw e;
            }
        } catch (ConstraintViolationException cv) {
            showViolations(cv);
        } finally {
            portalPassword = null;
        }
    }

    /** Status for the table: the phase while it runs. */
    public String statusOf(UpdateRun r) {
        String status = ConsoleMessages.text("updates.status." + r.getStatus().name());
        return r.getStatus() == UpdateStatus.RUNNING && r.getPhase() != null
                ? status + " (" + ConsoleMessages.text("updates.phase." + r.getPhase()) + ")"
                : status;
    }

    /** One message: each bad field by its name (not the method path the validator reports), sorted. */
    private static void showViolations(ConstraintViolationException cv) {
        ConsoleMessages.error(cv.getConstraintViolations().stream()
                .map(v -> v.getPropertyPath().toString().replaceAll(".*\\.", "") + ": " + v.getMessage())
                .sorted().collect(Collectors.joining("; ")));
    }

    private boolean requireAdmin() {
        if (!isAdmin()) {
            ConsoleMessages.error(ConsoleMessages.text("updates.adminOnly"));
            return false;
        }
        return true;
    }

    private static String user() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    public List<UpdateRun> getRuns() {
        return runs;
    }

    public List<HostRow> getHostRows() {
        return hostRows;
    }

    public String getPortalSite() {
        return portalSite;
    }

    public void setPortalSite(String portalSite) {
        this.portalSite = portalSite == null ? "" : portalSite;
    }

    public String getLoginUrl() {
        return loginUrl;
    }

    public void setLoginUrl(String loginUrl) {
        this.loginUrl = loginUrl;
    }

    public String getLogoutUrl() {
        return logoutUrl;
    }

    public void setLogoutUrl(String logoutUrl) {
        this.logoutUrl = logoutUrl;
    }

    public String getUserField() {
        return userField;
    }

    public void setUserField(String userField) {
        this.userField = userField;
    }

    public String getPasswordField() {
        return passwordField;
    }

    public void setPasswordField(String passwordField) {
        this.passwordField = passwordField;
    }

    public String getPortalUser() {
        return portalUser;
    }

    public void setPortalUser(String portalUser) {
        this.portalUser = portalUser;
    }

    /** Never shown back: the field always renders empty. */
    public String getPortalPassword() {
        return null;
    }

    public void setPortalPassword(String portalPassword) {
        this.portalPassword = portalPassword;
    }

    public boolean isPortalPasswordSet() {
        return portalPasswordSet;
    }
}
