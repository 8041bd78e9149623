package org.psmm.web.console;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A session that expired while the page stayed open: the next AJAX action (Filter, Save...) is
 * forwarded by the server to the login page, which an AJAX response cannot show: the page would do
 * nothing. That forward answers instead with the redirect Faces' script follows.
 */
@WebFilter(urlPatterns = "/login.xhtml", dispatcherTypes = DispatcherType.FORWARD)
public class AjaxSignInRedirect extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            ConsoleRedirect.toLogin(request, response, "expired");
            return;
        }
        chain.doFilter(request, response);
    }
}
