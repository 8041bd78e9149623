package org.psmm.web.console;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.psmm.account.SignInGuard;

/** Sign-out: audited, then the whole session goes and the browser lands on the login page. */
@Named
@RequestScoped
public class SessionActions {

    @EJB
    private SignInGuard guard;

    public void logout() throws IOException {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ec.getRequest();
        if (request.getUserPrincipal() != null) {
            guard.signedOut(request.getUserPrincipal().getName(), request.getRemoteAddr());
        }
        ec.invalidateSession();
        ec.redirect(ec.getRequestContextPath() + "/");
    }

    public boolean admin() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("admin");
    }

    public boolean canWrite() {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        return ec.isUserInRole("admin") || ec.isUserInRole("operator");
    }
}
