package org.psmm.web.console;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.psmm.account.SignInGuard;
import org.psmm.security.PsmmRole;

/**
 * A console session holds the roles its user had when signing in. When an admin disables,
 * removes or changes the role of a user, that user's open sessions end at their next page or
 * action (looked up at most every 15 s), and the login page says why: a demoted admin keeps no
 * admin rights in a browser tab left open.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class ConsoleSessionCheck extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String CHECKED_AT = ConsoleSessionCheck.class.getName() + ".checkedAt";
    private static final long EVERY_MILLIS = 15_000;

    @EJB
    private SignInGuard guard;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (request.getUserPrincipal() != null && session != null) {
            Long checkedAt = (Long) session.getAttribute(CHECKED_AT);
            long now = System.currentTimeMillis(); // a real 15 s between checks, whatever PSMM's clock says
            if (checkedAt == null || now - checkedAt > EVERY_MILLIS) {
                Optional<String> role = guard.currentRole(request.getUserPrincipal().getName());
                if (role.isEmpty() || !role.get().equals(PsmmRole.highest(request::isUserInRole))) {
                    session.invalidate();
                    request.logout();
                    ConsoleRedirect.toLogin(request, response, "changed");
                    return;
                }
                session.setAttribute(CHECKED_AT, now);
            }
        }
        chain.doFilter(request, response);
    }
}
