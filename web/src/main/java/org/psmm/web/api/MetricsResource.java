package org.psmm.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.psmm.host.Host;
import org.psmm.error.PsmmException;
import org.psmm.host.HostNotFoundException;
import org.psmm.host.HostService;
import org.psmm.metrics.DiskSample;
import org.psmm.metrics.HostPoll;
import org.psmm.metrics.MetricSample;
import org.psmm.metrics.MetricsCollectionTimer;
import org.psmm.metrics.MetricsHistory;
import org.psmm.metrics.MetricsPurge;
import org.psmm.metrics.PollSummary;
import org.psmm.security.PsmmRole;

/** /api/metrics: a host's samples over the last hours; admins poll and purge on demand. */
@Path("metrics")
@Produces(MediaType.APPLICATION_JSON)
public class MetricsResource {

    @EJB
    private MetricsHistory history;

    @EJB
    private HostService hosts;

    @EJB
    private MetricsCollectionTimer collection;

    @EJB
    private MetricsPurge purge;

    public record DiskView(String mount, String device, String fsType, long sizeKb, long usedKb, double usedPercent) {
    }

    public record SampleView(Instant takenAt, Double cpuPercent, double ramPercent, double swapPercent, double load1,
            double load5, double load15, long uptimeSeconds, int users, List<DiskView> disks) {
    }

    public record PollView(Instant polledAt, boolean succeeded, String errorKind, String error, int failures) {
        static PollView of(HostPoll p) {
            return p == null ? null : new PollView(p.getPolledAt(), p.isSucceeded(), p.getErrorKind(), p.getError(),
                    p.getFailures());
        }
    }

    public record HostMetricsView(long hostId, String host, int hours, PollView lastPoll, List<SampleView> samples) {
    }

    public record PurgeView(long deleted) {
    }

    /** ?host= an id or a name; ?hours= 1 to 720 (default 1). */
    @GET
    @RolesAllowed({PsmmRole.VIEWER, PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public HostMetricsView get(@QueryParam("host") String host, @QueryParam("hours") @DefaultValue("1") int hours) {
        if (host == null || host.isBlank()) {
            throw PsmmException.invalid("host", "host is required (an id or a name)");
        }
        if (hours < 1 || hours > 720) {
            throw PsmmException.invalid("hours", "hours must be between 1 and 720");
        }
        Host h = find(host.trim());
        Duration last = Duration.ofHours(hours);
        Map<Instant, List<DiskView>> disks = new LinkedHashMap<>();
        for (DiskSample d : history.disks(h.getId(), last)) {
            disks.computeIfAbsent(d.getTakenAt(), t -> new ArrayList<>()).add(new DiskView(d.getMount(), d.getDevice(),
                    d.getFsType(), d.getSizeKb(), d.getUsedKb(), d.getUsedPercent()));
        }
        List<SampleView> samples = new ArrayList<>();
        for (MetricSample s : history.samples(h.getId(), last)) {
            samples.add(new SampleView(s.getTakenAt(), s.getCpuPercent(), s.getRamPercent(), s.getSwapPercent(), s.getLoad1(),
                    s.getLoad5(), s.getLoad15(), s.getUptimeSeconds(), s.getUsers(),
                    disks.getOrDefault(s.getTakenAt(), List.of())));
        }
        return new HostMetricsView(h.getId(), h.getName(), hours, PollView.of(history.poll(h.getId()).orElse(null)), samples);
    }

    /** Polls every host now (after a running poll, if any) and says how it went. */
    @POST
    @Path("poll")
    @RolesAllowed(PsmmRole.ADMIN)
    public PollSummary poll() {
        return collection.pollNow();
    }

    /** Deletes the samples older than the retention now. */
    @POST
    @Path("purge")
    @RolesAllowed(PsmmRole.ADMIN)
    public PurgeView purge() {
        return new PurgeView(purge.purgeExpired());
    }

    private Host find(String host) {
        if (host.chars().allMatch(Character::isDigit)) {
            try {
                return hosts.get(Long.parseLong(host));
            } catch (HostNotFoundException | NumberFormatException e) {
                // a host may be named with digits only: try the name
            }
        }
        return hosts.byName(host)
                .orElseThrow(() -> PsmmException.notFound("No host " + host));
    }
}
