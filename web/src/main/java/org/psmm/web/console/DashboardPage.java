package org.psmm.web.console;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.psmm.host.HostService;

/** The landing page; host tiles with their health come with metrics. */
@Named
@RequestScoped
public class DashboardPage {

    @EJB
    private HostService hosts;

    public long getHostCount() {
        return hosts.count();
    }
}
