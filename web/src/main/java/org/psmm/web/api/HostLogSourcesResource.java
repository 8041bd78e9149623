package org.psmm.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.psmm.hostcheck.HostCheckService;
import org.psmm.host.HostService;
import org.psmm.logsource.LogSourceForm;
import org.psmm.logsource.LogSourceService;
import org.psmm.security.PsmmRole;

/** The logs PSMM reads on a host: /api/hosts/{id}/log-sources (one source: LogSourceResource). */
@Path("hosts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HostLogSourcesResource {

    @EJB
    private LogSourceService sources;

    @EJB
    private HostService hosts;

    @EJB
    private HostCheckService checks;

    @GET
    @Path("{id}/log-sources")
    @RolesAllowed({PsmmRole.VIEWER, PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public List<LogSourceView> list(@PathParam("id") long hostId) {
        hosts.get(hostId);
        return sources.listFor(hostId).stream().map(LogSourceView::of).toList();
    }

    /**
     * The usual logs for the host's roles, to add the ones that exist; a journal source where the
     * host's last check found auth.log or MariaDB's error log missing.
     */
    @GET
    @Path("{id}/log-sources/suggestions")
    @RolesAllowed({PsmmRole.VIEWER, PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public List<LogSourceForm> suggestions(@PathParam("id") long hostId) {
        return checks.suggestedLogSources(hostId);
    }

    @POST
    @Path("{id}/log-sources")
    @RolesAllowed(PsmmRole.ADMIN) // PSMM reads the file with sudo on the host
    public Response create(@PathParam("id") long hostId, @NotNull @Valid LogSourceForm form) {
        return Response.status(Response.Status.CREATED).entity(LogSourceView.of(sources.create(hostId, form))).build();
    }
}
