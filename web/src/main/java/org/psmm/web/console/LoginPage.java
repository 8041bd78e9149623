package org.psmm.web.console;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import org.psmm.account.DirectoryClient;
import org.psmm.account.SignInChannel;
import org.psmm.account.SignInGuard;
import org.psmm.account.SignInRefusal;
import org.psmm.security.PsmmRole;

/**
 * login.xhtml: the console's sign-in. The form posts here rather than to j_security_check (which
 * the server refuses) so that PSMM's door rules apply before Elytron checks the password: a user
 * refused from this address after too many failures is told until when, every failure is stored
 * as a failed login, a directory user hears when the directory cannot be reached. Then the
 * browser goes back to the page it asked for.
 */
@Named
@ViewScoped
public class LoginPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SignInGuard guard;

    @Inject
    private DirectoryClient directory;

    @Inject
    private TimeFormat time;

    private String username;
    private String password;
    private String next;
    private String error;

    /** The page the person asked for: the server forwarded to this one instead. */
    public String getNext() {
        if (next == null) {
            HttpServletRequest request = request();
            Object asked = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
            Object query = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
            next = asked == null ? "" : asked + (query == null ? "" : "?" + query);
        }
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public void signIn() throws IOException {
        HttpServletRequest request = request();
        String user = username == null ? "" : username.strip();
        String address = request.getRemoteAddr();
        error = null;
        Optional<Instant> refusedUntil = guard.refusedUntil(user, address);
        if (refusedUntil.isPresent()) {
            guard.refused(user, address, SignInChannel.CONSOLE, SignInRefusal.LOCKED);
            error = ConsoleMessages.text("login.locked", time.of(refusedUntil.get()));
            return;
        }
        try {
            request.login(user, password == null ? "" : password);
        } catch (ServletException e) {
            if (directory.enabled() && !guard.local(user) && !directory.reachable()) {
                error = ConsoleMessages.text("login.directoryDown");
                return;
            }
            guard.refused(user, address, SignInChannel.CONSOLE, SignInRefusal.WRONG_PASSWORD);
            error = ConsoleMessages.text("login.failed");
            return;
        } finally {
            password = null;
        }
        SignInRefusal refusal = guard.admit(user, address, SignInChannel.CONSOLE, PsmmRole.highest(request::isUserInRole));
        if (refusal != null) {
            try {
                request.logout();
            } catch (ServletException ignored) {
                // the session is dropped below anyway
            }
            request.getSession().invalidate();
            error = ConsoleMessages.text(refusal == SignInRefusal.NO_ROLE ? "login.noRole" : "login.disabled");
            return;
        }
        // A new session id once signed in: one fixed before sign-in (session fixation) is worth nothing.
        request.changeSessionId();
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        ec.redirect(safeNext(ec.getRequestContextPath()));
    }

    /** Only a page of this console, never another site ("//evil", "https://..."): an open redirect helps phishing. */
    String safeNext(String contextPath) {
        String n = next == null ? "" : next;
        boolean ours = n.startsWith(contextPath + "/") && !n.startsWith("//") && !n.contains("\\") && !n.contains("/../")
                && !n.contains("\r") && !n.contains("\n") && !n.contains("/login.xhtml") && !n.contains("/login-failed.xhtml")
                && !n.contains("/jakarta.faces.resource/") && !n.contains("/api/");
        return ours ? n : contextPath + "/";
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return null; // never sent back to the browser
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getError() {
        return error;
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }
}
