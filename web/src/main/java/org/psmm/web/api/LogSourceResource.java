package org.psmm.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.psmm.logsource.LogSourceForm;
import org.psmm.logsource.LogSourceService;
import org.psmm.security.PsmmRole;

/** One log source, with its cursor and counts: /api/log-sources/{id}. */
@Path("log-sources")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LogSourceResource {

    @EJB
    private LogSourceService sources;

    @GET
    @Path("{id}")
    @RolesAllowed({PsmmRole.VIEWER, PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public LogSourceView get(@PathParam("id") long id) {
        return LogSourceView.of(sources.get(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(PsmmRole.ADMIN) // PSMM reads the file with sudo on the host
    public LogSourceView update(@PathParam("id") long id, @NotNull @Valid LogSourceForm form) {
        return LogSourceView.of(sources.update(id, form));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(PsmmRole.ADMIN) // PSMM reads the file with sudo on the host
    public Response delete(@PathParam("id") long id) {
        sources.delete(id);
        return Response.noContent().build();
    }
}
