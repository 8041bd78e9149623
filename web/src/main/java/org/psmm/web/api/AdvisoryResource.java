package org.psmm.web.api;

import java.time.Clock;
import jakarta.inject.Inject;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.psmm.advisory.AdvisoryFeed;
import org.psmm.advisory.AdvisoryFilter;
import org.psmm.advisory.AdvisoryList;
import org.psmm.advisory.AdvisoryPollSummary;
import org.psmm.advisory.AdvisoryQuery;
import org.psmm.advisory.AdvisoryRow;
import org.psmm.advisory.AdvisoryTimer;
import org.psmm.advisory.InventoryOutcome;
import org.psmm.core.advisory.AdvisoryKind;
import org.psmm.error.PsmmException;
import org.psmm.failure.FailureFilter;
import org.psmm.security.PsmmRole;

/**
 * /api/advisories: CERT-FR's advisories, those concerning some host first, with the hosts and
 * versions concerned; the feeds' status; a poll or a package inventory now (operators, admins).
 */
@Path("advisories")
@Produces(MediaType.APPLICATION_JSON)
public class AdvisoryResource {

    @Inject
    private Clock clock;

    @EJB
    private AdvisoryQuery query;

    @EJB
    private AdvisoryTimer timer;

    public record HostView(long hostId, String host, String packageName, String version, String currentVersion,
            boolean updated) {
    }

    public record AdvisoryView(String reference, String kind, String title, String summary, Instant published, String link,
            boolean updated, Instant firstSeen, int exposedCount, List<HostView> exposedHosts) {
        static AdvisoryView of(AdvisoryRow r) {
            return new AdvisoryView(r.reference(), r.kind().name().toLowerCase(Locale.ROOT), r.title(), r.summary(),
                    r.published(), r.link(), r.updated(), r.firstSeen(), r.exposedCount(),
                    r.hosts().stream().map(h -> new HostView(h.hostId(), h.host(), h.packageName(), h.version(),
                            h.currentVersion(), h.updated())).toList());
        }
    }

    public record ListView(long total, int page, int size, List<AdvisoryView> items) {
        static ListView of(AdvisoryList l) {
            return new ListView(l.total(), l.page(), l.size(), l.rows().stream().map(AdvisoryView::of).toList());
        }
    }

    public record FeedView(String url, Instant lastAttempt, Instant lastSuccess, Instant lastErrorAt, String lastError,
            int failuresInRow, int lastItems) {
        static FeedView of(AdvisoryFeed f) {
            return new FeedView(f.getUrl(), f.getLastAttemptAt(), f.getLastSuccessAt(), f.getLastErrorAt(),
                    f.getLastError(), f.getFailuresInRow(), f.getLastItems());
        }
    }

    /**
     * ?q= in references, titles and summaries; ?kind=avis|alerte; ?from= ?to= dates or date-times
     * of publication (server time zone); ?exposed=true|false; ?page= from 0, ?size= 1 to 200 (50).
     */
    @GET
    @RolesAllowed({PsmmRole.VIEWER, PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public ListView list(@QueryParam("q") String q, @QueryParam("kind") String kind, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("exposed") String exposed, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? 50 : size;
        if (p < 0) {
            throw PsmmException.invalid("page", "page: must be 0 or more");
        }
        if (s < 1 || s > AdvisoryQuery.MAX_PAGE_SIZE) {
            throw PsmmException.invalid("size", "size: must be between 1 and " + AdvisoryQuery.MAX_PAGE_SIZE);
        }
        ZoneId zone = clock.getZone();
        Instant fromAt;
        Instant toAt;
        try {
            fromAt = FailureFilter.parseBound("from", from, false, zone);
            toAt = FailureFilter.parseBound("to", to, true, zone);
        } catch (IllegalArgumentException e) {
            throw FailureQuery.invalid(e.getMessage());
        }
        AdvisoryFilter filter = new AdvisoryFilter(q, kind(kind), fromAt, toAt, exposed(exposed), null);
        return ListView.of(query.find(filter, p, s));
    }

    @GET
    @Path("feeds")
    @RolesAllowed({PsmmRole.VIEWER, PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public List<FeedView> feeds() {
        return query.feeds().stream().map(FeedView::of).toList();
    }

    /** Reads every feed now and answers when done, with what each feed gave. */
    @POST
    @Path("poll")
    @RolesAllowed({PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public AdvisoryPollSummary poll() {
        return timer.pollNow();
    }

    /** Lists every host's packages now (dpkg-query over SSH) and marks the advisories they concern. */
    @POST
    @Path("inventory")
    @RolesAllowed({PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public List<InventoryOutcome> inventory() {
        return timer.inventoryNow();
    }

    private static AdvisoryKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        return switch (kind.strip().toLowerCase(Locale.ROOT)) {
            case "avis" -> AdvisoryKind.AVIS;
            case "alerte" -> AdvisoryKind.ALERTE;
            default -> throw PsmmException.invalid("kind", "kind: must be avis or alerte");
        };
    }

    private static Boolean exposed(String exposed) {
        if (exposed == null || exposed.isBlank()) {
            return null;
        }
        return switch (exposed.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw PsmmException.invalid("exposed", "exposed: must be true or false");
        };
    }
}
