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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.psmm.batch.AuthFailuresJob;
import org.psmm.batch.JobExecutionView;
import org.psmm.batch.PsmmJobs;
import org.psmm.security.PsmmRole;

/** /api/jobs: PSMM's batch jobs, their executions, and start, restart, stop, abandon. */
@Path("jobs")
@Produces(MediaType.APPLICATION_JSON)
public class JobsResource {

    @EJB
    private PsmmJobs jobs;

    @EJB
    private AuthFailuresJob authFailures;

    @GET
    @Path("executions")
    @RolesAllowed({PsmmRole.VIEWER, PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public List<JobExecutionView> executions(@QueryParam("max") @DefaultValue("50") int max) {
        return jobs.executions(Math.max(1, Math.min(max, 500)));
    }

    @GET
    @Path("executions/{id}")
    @RolesAllowed({PsmmRole.VIEWER, PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public JobExecutionView execution(@PathParam("id") long id) {
        return jobs.execution(id);
    }

    /** Collects failed logins now; 409 if a collection is running or nothing is to be read. */
    @POST
    @Path("auth-failures")
    @RolesAllowed({PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public Response startAuthFailures() {
        return Response.accepted(Map.of("executionId", authFailures.start())).build();
    }

    @POST
    @Path("executions/{id}/restart")
    @RolesAllowed({PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public Response restart(@PathParam("id") long id) {
        return Response.accepted(Map.of("executionId", jobs.restart(id))).build();
    }

    @POST
    @Path("executions/{id}/stop")
    @RolesAllowed({PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public Response stop(@PathParam("id") long id) {
        jobs.stop(id);
        return Response.accepted().build();
    }

    @POST
    @Path("executions/{id}/abandon")
    @RolesAllowed({PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public Response abandon(@PathParam("id") long id) {
        jobs.abandon(id);
        return Response.noContent().build();
    }
}
