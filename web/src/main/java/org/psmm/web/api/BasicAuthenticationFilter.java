package org.psmm.web.api;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * HTTP Basic for the API against the same Elytron domain as the console's FORM login. The
 * console's web.xml can name one login method only, so the API authenticates here with
 * HttpServletRequest.login(); role checks are then RESTEasy's (@RolesAllowed). A request with no
 * or bad credentials gets 401 and a Basic challenge, never the console's login page. The session
 * that login() opens is closed with the response: an API client sends its credentials each time,
 * and a script polling every few seconds must not pile up sessions.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BasicAuthenticationFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String LOGGED_IN_HERE = BasicAuthenticationFilter.class.getName() + ".loggedIn";
    private static final String CHALLENGE = "Basic realm=\"PSMM\", charset=\"UTF-8\"";

    @Context
    private HttpServletRequest request;

    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext context) {
        if (isPublic() || request.getUserPrincipal() != null) {
            return;
        }
        String header = context.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            context.abortWith(unauthorized("Authentication required (HTTP Basic)"));
            return;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            context.abortWith(unauthorized("Malformed Basic credentials"));
            return;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            context.abortWith(unauthorized("Malformed Basic credentials"));
            return;
        }
        try {
            request.login(decoded.substring(0, colon), decoded.substring(colon + 1));
            context.setProperty(LOGGED_IN_HERE, Boolean.TRUE);
        } catch (ServletException e) {
            context.abortWith(unauthorized("Wrong user name or password"));
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(LOGGED_IN_HERE) != null) {
            HttpSession session = this.request.getSession(false);
            if (session != null && session.isNew()) {
                session.invalidate();
            }
        }
    }

    private boolean isPublic() {
        return resource.getResourceMethod() != null
                && (resource.getResourceMethod().isAnnotationPresent(PermitAll.class)
                        || resource.getResourceClass().isAnnotationPresent(PermitAll.class));
    }

    private static Response unauthorized(String why) {
        return Response.status(Response.Status.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)
                .type(MediaType.APPLICATION_JSON)
                .entity(ApiError.of(why))
                .build();
    }
}
