package org.psmm.web.api;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.psmm.account.DirectoryClient;
import org.psmm.account.SignInChannel;
import org.psmm.account.SignInGuard;
import org.psmm.account.SignInRefusal;
import org.psmm.security.PsmmRole;

/**
 * HTTP Basic for the API against the same Elytron domain as the console's sign-in. A console
 * session's cookie is accepted for reading only (GET, HEAD): the API's rule against cross-site
 * requests. The console's
 * web.xml can name one login method only, so the API authenticates here with
 * HttpServletRequest.login(); role checks are then RESTEasy's (@RolesAllowed) and the services'.
 * Around Elytron's check, PSMM's own door rules (SignInGuard): a user refused from this address
 * after too many failures gets 429 and Retry-After without the password being checked; every
 * failure is stored as a failed login of service psmm; a directory user gets 503 when the
 * directory cannot be reached (not "wrong password"), 403 when in none of PSMM's groups or
 * disabled here. A request with no or bad credentials gets 401 and a Basic challenge, never the
 * console's login page. The session that login() opens is closed with the response: an API
 * client sends its credentials each time, and a script polling every few seconds must not pile
 * up sessions.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BasicAuthenticationFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String LOGGED_IN_HERE = BasicAuthenticationFilter.class.getName() + ".loggedIn";
    private static final String CHALLENGE = "Basic realm=\"PSMM\", charset=\"UTF-8\"";
    private static final java.util.Set<String> SAFE = java.util.Set.of("GET", "HEAD", "OPTIONS");

    @Context
    private HttpServletRequest request;

    @Context
    private ResourceInfo resource;

    @EJB
    private SignInGuard guard;

    @Inject
    private DirectoryClient directory;

    @Inject
    private Clock clock;

    @Override
    public void filter(ContainerRequestContext context) {
        if (isPublic()) {
            return;
        }
        String header = context.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (request.getUserPrincipal() != null && (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6))) {
            // A console session (its cookie) reads through the API (the failures CSV), never
            // changes anything: a page of another site the admin opens could make the browser send
            // it with a plain form post. State changes come from HTTP Basic clients (scripts).
            if (!SAFE.contains(context.getMethod())) {
                context.abortWith(ApiExceptionMappers.json(Response.Status.FORBIDDEN, ApiError.of(
                        "The API changes nothing for a console session: send HTTP Basic credentials (cross-site request protection)")));
            }
            return;
        }
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
        String user = decoded.substring(0, colon);
        String address = request.getRemoteAddr();
        Optional<Instant> refusedUntil = guard.refusedUntil(user, address);
        if (refusedUntil.isPresent()) {
            guard.refused(user, address, SignInChannel.API, SignInRefusal.LOCKED);
            long seconds = Math.max(1, Duration.between(clock.instant(), refusedUntil.get()).toSeconds() + 1);
            context.abortWith(Response.status(429).header(HttpHeaders.RETRY_AFTER, seconds).type(MediaType.APPLICATION_JSON)
                    .entity(ApiError.of("Too many failed sign-ins of " + user + " from " + address + ": refused until "
                            + refusedUntil.get() + " without checking the password")).build());
            return;
        }
        try {
            request.login(user, decoded.substring(colon + 1));
            context.setProperty(LOGGED_IN_HERE, Boolean.TRUE);
        } catch (ServletException e) {
            if (directory.enabled() && !guard.local(user) && !directory.reachable()) {
                context.abortWith(ApiExceptionMappers.json(Response.Status.SERVICE_UNAVAILABLE, ApiError.of(
                        "The directory cannot be reached: directory users cannot sign in until it answers again"
                                + " (local users still can)")));
                return;
            }
            guard.refused(user, address, SignInChannel.API, SignInRefusal.WRONG_PASSWORD);
            context.abortWith(unauthorized("Wrong user name or password"));
            return;
        }
        SignInRefusal refusal = guard.admit(user, address, SignInChannel.API, PsmmRole.highest(request::isUserInRole));
        if (refusal != null) {
            logout();
            context.abortWith(ApiExceptionMappers.json(Response.Status.FORBIDDEN, ApiError.of(refusal == SignInRefusal.NO_ROLE
                    ? "The directory puts " + user + " in none of PSMM's groups: ask an administrator"
                    : user + " is disabled in PSMM: ask an administrator")));
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

    private void logout() {
        try {
            request.logout();
        } catch (ServletException e) {
            // the session goes with the response anyway
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
