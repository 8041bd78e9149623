package org.psmm.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Map;
import org.psmm.host.Host;
import org.psmm.host.HostService;
import org.psmm.error.PsmmException;
import org.psmm.security.PsmmRole;
import org.psmm.update.HostUpdateOptions;
import org.psmm.update.PortalForm;
import org.psmm.update.PortalView;
import org.psmm.update.UpdateRun;
import org.psmm.update.UpdateService;

/**
 * /api/updates: system updates. POST starts them (202: they run in the background, follow them
 * with GET runs/{id}); the apt options of a host and the captive portal of a site. Admins only
 * change things; the portal password is write-only.
 */
@Path("updates")
@Produces(MediaType.APPLICATION_JSON)
public class UpdatesResource {

    @EJB
    private UpdateService updates;

    @EJB
    private HostService hosts;

    /** ?host=NAME or ?host=all */
    @POST
    @RolesAllowed(PsmmRole.ADMIN)
    public Response start(@QueryParam("host") String host, @Context SecurityContext security) {
        if (host == null || host.isBlank()) {
            throw PsmmException.invalid("host", "host is required: a host name, or all");
        }
        String by = security.getUserPrincipal().getName();
        List<Long> runs;
        if (host.strip().equals("all")) {
            runs = updates.updateAll(by);
        } else {
            runs = List.of(updates.updateHost(hostNamed(host).getId(), by)); // 409 if it is updating
        }
        return Response.accepted(runs.stream().map(updates::run).map(UpdateRunView::of).toList()).build();
    }

    /** ?host=NAME &max=50 — newest first. */
    @GET
    @Path("runs")
    @RolesAllowed({PsmmRole.VIEWER, PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public List<UpdateRunView> runs(@QueryParam("host") String host, @QueryParam("max") @DefaultValue("50") int max) {
        Long hostId = host == null || host.isBlank() ? null : hostNamed(host).getId();
        return updates.runs(hostId, Math.max(1, Math.min(max, 1000))).stream().map(UpdateRunView::of).toList();
    }

    @GET
    @Path("runs/{id}")
    @RolesAllowed({PsmmRole.VIEWER, PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public UpdateRunView run(@PathParam("id") long id) {
        UpdateRun run = updates.run(id);
        if (run == null) {
            throw PsmmException.notFound("No update run with id " + id);
        }
        return UpdateRunView.of(run);
    }

    public record OptionsView(String host, String aptConfig, String rootPrefix, boolean viaPortal) {
    }

    @GET
    @Path("hosts/{name}/options")
    @RolesAllowed({PsmmRole.VIEWER, PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public OptionsView options(@PathParam("name") String name) {
        Host host = hostNamed(name);
        return view(host, updates.options(host.getId()));
    }

    @PUT
    @Path("hosts/{name}/options")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(PsmmRole.ADMIN)
    public OptionsView changeOptions(@PathParam("name") String name, OptionsView body) {
        Host host = hostNamed(name);
        if (body == null) {
            throw PsmmException.invalid("body", "a JSON body with aptConfig, rootPrefix and viaPortal is required");
        }
        return view(host, updates.changeOptions(host.getId(), body.aptConfig(), body.rootPrefix(), body.viaPortal()));
    }

    @GET
    @Path("portals")
    @RolesAllowed({PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public List<PortalView> portals() {
        return updates.portals();
    }

    /** The site's portal ("-" for hosts without a site); the body is a PortalForm, password write-only. */
    @PUT
    @Path("portals/{site}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(PsmmRole.ADMIN)
    public PortalView savePortal(@PathParam("site") String site, Map<String, String> body) {
        if (body == null) {
            throw PsmmException.invalid("body", "a JSON body is required");
        }
        PortalForm form = new PortalForm(siteOf(site), body.get("loginUrl"), body.get("logoutUrl"),
                body.get("userField"), body.get("passwordField"), body.get("user"), body.get("password"));
        return updates.savePortal(form);
    }

    @DELETE
    @Path("portals/{site}")
    @RolesAllowed(PsmmRole.ADMIN)
    public Response deletePortal(@PathParam("site") String site) {
        updates.deletePortal(siteOf(site));
        return Response.noContent().build();
    }

    private static String siteOf(String site) {
        return site == null || site.equals("-") ? "" : site;
    }

    private static OptionsView view(Host host, HostUpdateOptions o) {
        return new OptionsView(host.getName(), o.getAptConfig(), o.getRootPrefix(), o.isViaPortal());
    }

    private Host hostNamed(String name) {
        return hosts.byName(name.strip())
                .orElseThrow(() -> PsmmException.notFound("No host named " + name.strip()));
    }
}
