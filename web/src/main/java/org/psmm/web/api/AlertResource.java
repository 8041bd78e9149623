package org.psmm.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.psmm.alert.AlertRow;
import org.psmm.alert.AlertService;
import org.psmm.core.alert.AlertKind;
import org.psmm.security.PsmmRole;

/** /api/alerts: open and past alerts, filtered by host, kind and state; acknowledging one. */
@Path("alerts")
@Produces(MediaType.APPLICATION_JSON)
public class AlertResource {

    @EJB
    private AlertService alerts;

    /** ?host=ID &kind=CPU|RAM|DISK|HOST_DOWN|BACKUP_FAILED &open=true|false &max=500 */
    @GET
    @RolesAllowed({PsmmRole.VIEWER, PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public List<AlertRow> list(@QueryParam("host") Long host, @QueryParam("kind") AlertKind kind,
            @QueryParam("open") Boolean open, @QueryParam("max") @DefaultValue("500") int max) {
        return alerts.list(host, kind, open, Math.max(1, Math.min(max, 5000)));
    }

    @POST
    @Path("{id}/acknowledge")
    @RolesAllowed({PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public AlertRow acknowledge(@PathParam("id") long id, @Context SecurityContext security) {
        return alerts.acknowledge(id, security.getUserPrincipal().getName());
    }
}
