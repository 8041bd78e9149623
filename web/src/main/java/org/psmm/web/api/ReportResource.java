package org.psmm.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.psmm.report.DailyReportRun;
import org.psmm.report.DailyReportService;
import org.psmm.report.QueuedReport;
import org.psmm.security.PsmmRole;

/**
 * /api/reports/daily: admins send the daily report of any day now ({@code POST ?day=YYYY-MM-DD},
 * 202: queued in the outbox) and read the report runs ({@code GET}).
 */
@Path("reports/daily")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(PsmmRole.ADMIN)
public class ReportResource {

    @EJB
    private DailyReportService reports;

    /** What a request queued; {@code earlierReports} counts the reports of that day sent before. */
    public record QueuedView(LocalDate day, String zone, long failures, List<String> recipients, int queued,
            String attachment, boolean partial, boolean onDemand, long earlierReports, String message) {
    }

    public record RunView(long id, LocalDate day, String trigger, String requestedBy, String zone, long failures,
            int recipients, String attachment, String note, Instant createdAt) {
        static RunView of(DailyReportRun r) {
            return new RunView(r.getId(), r.getDay(), r.getTrigger().name(), r.getRequestedBy(), r.getZone(), r.getFailures(),
                    r.getRecipients(), r.getAttachmentName(), r.getNote(), r.getCreatedAt());
        }
    }

    @POST
    public Response send(@QueryParam("day") String day, @Context SecurityContext security) {
        LocalDate d = reports.parseDay(day);
        QueuedReport q = reports.sendOnDemand(d, security.getUserPrincipal().getName());
        String message = "Report of " + q.day() + " (" + q.zone() + ") queued for " + q.recipients().size()
                + " recipient(s), " + q.failures() + " failure(s)" + (q.partial() ? " so far: the day is not over" : "")
                + ". Sent on request: a day may be sent any number of times; " + q.earlierReports()
                + " report(s) of this day went before.";
        return Response.accepted(new QueuedView(q.day(), q.zone(), q.failures(), q.recipients(), q.recipients().size(),
                q.attachment(), q.partial(), true, q.earlierReports(), message)).build();
    }

    @GET
    public List<RunView> runs(@QueryParam("max") @DefaultValue("100") int max) {
        return reports.history(Math.max(1, Math.min(max, 1000))).stream().map(RunView::of).toList();
    }
}
