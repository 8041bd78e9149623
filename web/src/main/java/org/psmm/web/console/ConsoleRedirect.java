package org.psmm.web.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Sends the browser to the login page, also from an AJAX action: a partial request gets the
 * redirect Faces' script follows, where a plain 302 would leave the page doing nothing.
 */
final class ConsoleRedirect {

    private ConsoleRedirect() {
    }

    static void toLogin(HttpServletRequest request, HttpServletResponse response, String reason) throws IOException {
        String url = request.getContextPath() + "/login.xhtml" + (reason == null ? "" : "?reason=" + reason);
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + url + "\"></redirect></partial-response>");
            return;
        }
        response.sendRedirect(url);
    }
}
