package org.psmm.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;

/** Logout: the whole session goes, the browser lands on the login page. */
@Named
@RequestScoped
public class SessionActions {

    public void logout() throws IOException {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        ec.invalidateSession();
        ec.redirect(ec.getRequestContextPath() + "/");
    }

    public boolean canWrite() {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        return ec.isUserInRole("admin") || ec.isUserInRole("operator");
    }
}
