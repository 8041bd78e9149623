package org.psmm.web.console;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.psmm.error.PsmmException;
import org.psmm.host.HostNotFoundException;
import org.psmm.host.SessionPolicy;
import org.psmm.session.HostActivityView;
import org.psmm.session.SessionLogoff;
import org.psmm.session.SessionService;

/**
 * The sessions and processes of one host (WEB-INF/includes/host-sessions.xhtml and
 * host-processes.xhtml, given the host id): the latest poll's lists, an admin's log-off and the
 * host's idle policy. Every value from the host is shown through h:outputText (escaped).
 */
@Named
@ViewScoped
public class HostActivityPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SessionService sessions;

    private Long loadedFor;
    private HostActivityView view;
    private List<SessionLogoff> logoffs = List.of();
    private boolean policyEnabled;
    private int policyMinutes = 60;
    private boolean policyReportOnly = true;
    private String policyExcluded = "";

    /** The host's lists, read once per host and view (again after an action). */
    public HostActivityView of(Long hostId) {
        if (hostId == null) {
            return null;
        }
        if (!Objects.equals(hostId, loadedFor)) {
            load(hostId);
        }
        return view;
    }

    private void load(long hostId) {
        try {
            view = sessions.activity(hostId);
            logoffs = sessions.logoffs(hostId, 20);
            SessionPolicy p = sessions.policy(hostId);
            policyEnabled = p.isEnabled();
            policyMinutes = p.getMinutes();
            policyReportOnly = p.isReportOnly();
            policyExcluded = p.getExcludedUsers();
        } catch (HostNotFoundException e) {
            view = null;
            logoffs = List.of();
        }
        loadedFor = hostId;
    }

    public List<SessionLogoff> logoffsOf(Long hostId) {
        of(hostId);
        return logoffs;
    }

    public void logOff(Long hostId, String session) {
        try {
            sessions.logOff(hostId, session);
            ConsoleMessages.info(ConsoleMessages.text("sessions.loggedOff", session));
        } catch (PsmmException e) {
            ConsoleMessages.error(ConsoleMessages.of(e));
        }
        load(hostId);
    }

    public void savePolicy(Long hostId) {
        try {
            sessions.updatePolicy(hostId, policyEnabled, policyMinutes, policyReportOnly, policyExcluded);
            ConsoleMessages.info(ConsoleMessages.text("sessions.policy.saved"));
        } catch (PsmmException e) {
            ConsoleMessages.error(ConsoleMessages.of(e));
        }
        load(hostId);
    }

    /** "12 min", "3 h 05", "2 d 4 h": an idle time in the console. */
    public String duration(Long seconds) {
        if (seconds == null) {
            return "–";
        }
        long m = seconds / 60;
        if (m < 60) {
            return m + " min";
        }
        if (m < 24 * 60) {
            return String.format(java.util.Locale.ROOT, "%d h %02d", m / 60, m % 60);
        }
        return (m / (24 * 60)) + " d " + (m % (24 * 60)) / 60 + " h";
    }

    public boolean isPolicyEnabled() {
        return policyEnabled;
    }

    public void setPolicyEnabled(boolean policyEnabled) {
        this.policyEnabled = policyEnabled;
    }

    public int getPolicyMinutes() {
        return policyMinutes;
    }

    public void setPolicyMinutes(int policyMinutes) {
        this.policyMinutes = policyMinutes;
    }

    public boolean isPolicyReportOnly() {
        return policyReportOnly;
    }

    public void setPolicyReportOnly(boolean policyReportOnly) {
        this.policyReportOnly = policyReportOnly;
    }

    public String getPolicyExcluded() {
        return policyExcluded;
    }

    public void setPolicyExcluded(String policyExcluded) {
        this.policyExcluded = policyExcluded;
    }
}
