package org.psmm.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.psmm.core.session.OpenSession;
import org.psmm.error.PsmmException;
import org.psmm.host.SessionPolicy;
import org.psmm.security.PsmmRole;
import org.psmm.session.HostActivityView;
import org.psmm.session.ProcessRow;
import org.psmm.session.SessionLogoff;
import org.psmm.session.SessionService;

/**
 * A host's open sessions, top processes and idle-session policy (issue 18):
 * /api/hosts/{id}/sessions, .../processes, .../session-policy, .../session-logoffs. Log-offs and
 * the policy are admins'. Names in the answers come from the host: JSON strings, escaped by the
 * client that shows them.
 */
@Path("hosts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HostSessionsResource {

    @EJB
    private SessionService sessions;

    public record SessionView(String user, String session, String name, String from, String since, Long idleSeconds,
            String state) {
        static SessionView of(OpenSession s) {
            return new SessionView(s.user(), s.session(), s.name(), s.from(), s.since(), s.idleSeconds(), s.state().name());
        }
    }

    public record SessionsView(long hostId, String host, Instant takenAt, List<SessionView> sessions, PolicyView policy) {
    }

    public record ProcessesView(long hostId, String host, Instant takenAt, List<ProcessRow> byCpu, List<ProcessRow> byMemory) {
    }

    public record PolicyView(boolean enabled, int minutes, boolean reportOnly, String excludedUsers) {
        static PolicyView of(SessionPolicy p) {
            return new PolicyView(p.isEnabled(), p.getMinutes(), p.isReportOnly(), p.getExcludedUsers());
        }
    }

    /** PUT body; every field is required. */
    public static class PolicyBody {
        public Boolean enabled;
        public Integer minutes;
        public Boolean reportOnly;
        public String excludedUsers;
    }

    /** POST body: the session to log off, as the list names it (pts/N, ttyN). */
    public static class LogoffBody {
        public String session;
    }

    public record LogoffView(long id, Instant at, String host, String user, String session, String from, String since,
            Long idleSeconds, String by, boolean reportOnly, boolean succeeded, String error) {
        static LogoffView of(SessionLogoff l) {
            return new LogoffView(l.getId(), l.getAt(), l.getHostName(), l.getUserName(), l.getSession(),
                    l.getFromAddress(), l.getSince(), l.getIdleSeconds(), l.getActor(), l.isReportOnly(), l.isSucceeded(),
                    l.getError());
        }
    }

    @GET
    @Path("{id}/sessions")
    @RolesAllowed({PsmmRole.VIEWER, PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public SessionsView sessions(@PathParam("id") long hostId) {
        HostActivityView a = sessions.activity(hostId);
        return new SessionsView(hostId, a.host(), a.takenAt(), a.sessions().stream().map(SessionView::of).toList(),
                PolicyView.of(sessions.policy(hostId)));
    }

    @GET
    @Path("{id}/processes")
    @RolesAllowed({PsmmRole.VIEWER, PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public ProcessesView processes(@PathParam("id") long hostId) {
        HostActivityView a = sessions.activity(hostId);
        return new ProcessesView(hostId, a.host(), a.takenAt(), a.byCpu(), a.byMemory());
    }

    @GET
    @Path("{id}/session-logoffs")
    @RolesAllowed({PsmmRole.VIEWER, PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public List<LogoffView> logoffs(@PathParam("id") long hostId, @QueryParam("max") @DefaultValue("50") int max) {
        if (max < 1 || max > 500) {
            throw PsmmException.invalid("max", "max must be between 1 and 500");
        }
        return sessions.logoffs(hostId, max).stream().map(LogoffView::of).toList();
    }

    @POST
    @Path("{id}/sessions/logoff")
    @RolesAllowed(PsmmRole.ADMIN)
    public LogoffView logOff(@PathParam("id") long hostId, LogoffBody body) {
        if (body == null || body.session == null) {
            throw PsmmException.invalid("session", "session is required (pts/N or ttyN)");
        }
        return LogoffView.of(sessions.logOff(hostId, body.session));
    }

    @PUT
    @Path("{id}/session-policy")
    @RolesAllowed(PsmmRole.ADMIN)
    public PolicyView policy(@PathParam("id") long hostId, PolicyBody body) {
        if (body == null || body.enabled == null || body.minutes == null || body.reportOnly == null) {
            throw PsmmException.invalid("body", "enabled, minutes and reportOnly are required");
        }
        return PolicyView.of(sessions.updatePolicy(hostId, body.enabled, body.minutes, body.reportOnly,
                body.excludedUsers == null ? "" : body.excludedUsers));
    }
}
