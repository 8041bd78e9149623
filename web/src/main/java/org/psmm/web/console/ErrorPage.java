package org.psmm.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * error.xhtml: what went wrong, for the person who saw it, in their language: a page that expired,
 * one they may not open, one that does not exist, or a failure of PSMM (whose details go to the
 * server log only). Each says where to go next.
 */
@Named
@RequestScoped
public class ErrorPage {

    private static final Logger LOG = Logger.getLogger(ErrorPage.class.getName());

    private HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    /** expired, forbidden, missing or failed. */
    public String getKind() {
        HttpServletRequest r = request();
        Throwable e = (Throwable) r.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ViewExpiredException) {
                return "expired";
            }
        }
        Object code = r.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        if (status == 403) {
            return "forbidden";
        }
        if (status == 404) {
            return "missing";
        }
        if (e != null) {
            LOG.log(Level.SEVERE, "console page failed: " + r.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), e);
        }
        return "failed";
    }

    /** The page the person was on, to go back to (only a page of the console). */
    public String getBack() {
        Object uri = request().getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String context = request().getContextPath();
        String u = uri == null ? "" : uri.toString();
        return u.startsWith(context + "/") && u.endsWith(".xhtml") && !u.contains("/error.xhtml") ? u : context + "/";
    }
}
