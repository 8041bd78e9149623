package org.psmm.web.console;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.psmm.failure.FailureExplorer;
import org.psmm.failure.FailureFilter;
import org.psmm.failure.IpActivity;

/** ip.xhtml?ip=...: one source IP's failed logins across every service and host. */
@Named
@ViewScoped
public class IpPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private FailureExplorer explorer;

    private String ip;
    private IpActivity activity;
    private FailureLazyModel rows;

    /** f:viewAction, once the ip view parameter is set. */
    public void load() {
        if (ip != null && !ip.isBlank()) {
            ip = ip.trim();
            activity = explorer.ip(ip);
            String shown = ip;
            rows = new FailureLazyModel(explorer, () -> FailureFilter.ANY.withIp(shown));
        }
    }

    public String getIp() {
        return ip;
    }

    public void setIp(String ip) {
        this.ip = ip;
    }

    public IpActivity getActivity() {
        return activity;
    }

    public FailureLazyModel getRows() {
        return rows;
    }
}
