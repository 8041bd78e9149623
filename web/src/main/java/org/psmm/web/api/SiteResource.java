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
import org.psmm.security.PsmmRole;
import org.psmm.site.Site;
import org.psmm.site.SiteForm;
import org.psmm.site.SiteService;
import org.psmm.site.SiteSummary;

/** /api/sites: every site with its hosts, devices and counts; operators and admins describe sites. */
@Path("sites")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SiteResource {

    @EJB
    private SiteService sites;

    public record SiteView(long id, String name, String region, String address, String notes) {
        static SiteView of(Site s) {
            return new SiteView(s.getId(), s.getName(), s.getRegion(), s.getAddress(), s.getNotes());
        }
    }

    @GET
    @RolesAllowed({PsmmRole.VIEWER, PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public List<SiteSummary> list() {
        return sites.list();
    }

    @POST
    @RolesAllowed({PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public Response create(@NotNull @Valid SiteForm form, @Context UriInfo uri) {
        SiteView created = SiteView.of(sites.create(form));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public SiteView update(@PathParam("id") long id, @NotNull @Valid SiteForm form) {
        return SiteView.of(sites.update(id, form));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public Response delete(@PathParam("id") long id) {
        sites.delete(id);
        return Response.noContent().build();
    }
}
