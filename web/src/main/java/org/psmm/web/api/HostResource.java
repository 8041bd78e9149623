package org.psmm.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.psmm.host.HostForm;
import org.psmm.host.HostService;
import org.psmm.security.PsmmRole;

/** /api/hosts (?site= a site's hosts only): viewers read; operators and admins add, change and remove hosts. */
@Path("hosts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HostResource {

    @EJB
    private HostService hosts;

    @GET
    @RolesAllowed({PsmmRole.VIEWER, PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public List<HostView> list(@jakarta.ws.rs.QueryParam("site") String site) {
        return hosts.list().stream().filter(h -> site == null || site.isBlank() || site.trim().equalsIgnoreCase(h.getSite()))
                .map(HostView::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({PsmmRole.VIEWER, PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public HostView get(@PathParam("id") long id) {
        return HostView.of(hosts.get(id));
    }

    @POST
    @RolesAllowed({PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public Response create(@NotNull @Valid HostForm form, @Context UriInfo uri) {
        HostView created = HostView.of(hosts.create(form));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created)
                .build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public HostView update(@PathParam("id") long id, @NotNull @Valid HostForm form) {
        return HostView.of(hosts.update(id, form));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public Response delete(@PathParam("id") long id) {
        hosts.delete(id);
        return Response.noContent().build();
    }
}
