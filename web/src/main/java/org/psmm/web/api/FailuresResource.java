package org.psmm.web.api;

import java.time.Clock;
import jakarta.inject.Inject;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.ZoneId;
import java.util.List;
import org.psmm.failure.FailureExplorer;
import org.psmm.failure.FailureFilter;
import org.psmm.failure.FailureSummary;
import org.psmm.failure.IpActivity;
import org.psmm.security.PsmmRole;

/**
 * /api/failures: the failed logins collected from the hosts, filtered and paged; the summary;
 * one source IP across services. The CSV is /api/failures.csv ({@link FailuresCsvResource}).
 */
@Path("failures")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({PsmmRole.VIEWER, PsmmRole.OPERATOR, PsmmRole.ADMIN})
public class FailuresResource {

    @Inject
    private Clock clock;

    @EJB
    private FailureExplorer explorer;

    @GET
    public FailurePageView list(@BeanParam FailureQuery query) {
        FailureFilter filter = query.filter(clock.getZone());
        return FailurePageView.of(explorer.find(filter, query.page(), query.size(), query.oldestFirst()));
    }

    /**
     * Failed logins today and yesterday (server time zone) and the top 10 IPs and users over [from,
     * to), by default the last 7 days; probes apart (probesToday, probesYesterday), never in those.
     */
    @GET
    @Path("summary")
    public FailureSummary summary(@QueryParam("from") String from, @QueryParam("to") String to) {
        ZoneId zone = clock.getZone();
        try {
            return explorer.summary(FailureFilter.parseBound("from", from, false, zone),
                    FailureFilter.parseBound("to", to, true, zone), zone);
        } catch (IllegalArgumentException e) {
            throw FailureQuery.invalid(e.getMessage());
        }
    }

    /** One IP's attempts: per service and host, then its rows (the list's paging and time filters apply). */
    @GET
    @Path("ip/{ip}")
    public IpView ip(@PathParam("ip") String ip, @BeanParam FailureQuery query) {
        FailureFilter filter = query.filter(clock.getZone()).withIp(ip);
        IpActivity activity = explorer.ip(ip);
        return new IpView(ip, activity.total(), activity.services(), activity.probes(),
                FailurePageView.of(explorer.find(filter, query.page(), query.size(), query.oldestFirst())));
    }

    /** total and services: failed logins; probes: the scanners' noise from the address, counted apart. */
    public record IpView(String ip, long total, List<IpActivity.ServiceCount> services, long probes, FailurePageView attempts) {
    }
}
