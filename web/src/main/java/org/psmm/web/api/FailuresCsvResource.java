package org.psmm.web.api;

import java.time.Clock;
import jakarta.inject.Inject;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.psmm.failure.FailureExplorer;
import org.psmm.failure.FailureFilter;
import org.psmm.security.PsmmRole;

/**
 * /api/failures.csv: every row the filters of /api/failures select, newest first, streamed
 * (the rows are never all in memory). The console's export button links here.
 */
@Path("failures.csv")
public class FailuresCsvResource {

    @Inject
    private Clock clock;

    static final String CSV = "text/csv; charset=UTF-8";

    @EJB
    private FailureExplorer explorer;

    @GET
    @Produces({CSV, "text/csv", "*/*"})
    @RolesAllowed({PsmmRole.VIEWER, PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public Response csv(@BeanParam FailureQuery query) {
        FailureFilter filter = query.filter(clock.getZone());
        StreamingOutput body = output -> explorer.exportCsv(filter, false, output);
        return Response.ok(body, CSV)
                .header("Content-Disposition", "attachment; filename=\"psmm-failures.csv\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
