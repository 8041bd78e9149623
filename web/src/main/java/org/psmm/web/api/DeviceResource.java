package org.psmm.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.psmm.device.Device;
import org.psmm.device.DeviceDiscoveryTimer;
import org.psmm.device.DeviceHistory;
import org.psmm.device.DevicePollSummary;
import org.psmm.device.DevicePollTimer;
import org.psmm.device.DevicePurge;
import org.psmm.device.DeviceService;
import org.psmm.error.PsmmException;
import org.psmm.security.PsmmRole;
import org.psmm.settings.ThresholdKind;

/**
 * /api/devices: viewers read; operators and admins add, change, remove, discover and poll. A
 * device added is discovered at once (the answer says what was found, or why not). Secrets
 * (community, v3 passwords) are accepted, never returned.
 */
@Path("devices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeviceResource {

    @EJB
    private DeviceService devices;

    @EJB
    private DeviceHistory history;

    @EJB
    private DevicePollTimer polls;

    @EJB
    private DeviceDiscoveryTimer discovery;

    @EJB
    private DevicePurge purge;

    public record SampleView(Instant takenAt, Long uptimeSeconds, Double cpuPercent, Double memPercent) {
    }

    public record InterfaceSampleView(long interfaceId, Instant takenAt, boolean operUp, Double inBps, Double outBps,
            Double inErrorsPerSecond, Double outErrorsPerSecond) {
    }

    public record ResourceSampleView(String kind, int index, String descr, Instant takenAt, Double percent, Long usedBytes,
            Long sizeBytes) {
    }

    public record SamplesView(long deviceId, String device, int hours, List<SampleView> samples,
            List<InterfaceSampleView> interfaces, List<ResourceSampleView> resources) {
    }

    public record EventView(Instant at, String kind, String detail) {
    }

    public record PortAlertBody(Boolean alertEnabled) {
    }

    public record PurgeView(long deleted) {
    }

    /** ?site= exact site name; ?q= in names, addresses and what devices report. */
    @GET
    @RolesAllowed({PsmmRole.VIEWER, PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public List<DeviceView> list(@QueryParam("site") String site, @QueryParam("q") String q) {
        return devices.list(site, q).stream().map(DeviceView::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({PsmmRole.VIEWER, PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public DeviceView get(@PathParam("id") long id) {
        return DeviceView.of(devices.get(id));
    }

    @POST
    @RolesAllowed({PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public Response create(@NotNull @Valid org.psmm.device.DeviceForm form, @Context UriInfo uri) {
        Device created = devices.create(form);
        DeviceView view = DeviceView.of(discovery.discoverNow(created.getId()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(view.id())).build()).entity(view).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public DeviceView update(@PathParam("id") long id, @NotNull @Valid org.psmm.device.DeviceForm form) {
        return DeviceView.of(devices.update(id, form));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public Response delete(@PathParam("id") long id) {
        devices.delete(id);
        return Response.noContent().build();
    }

    /** Discovers one device now and answers with what it found (discoveryError says why not). */
    @POST
    @Path("{id}/discover")
    @RolesAllowed({PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public DeviceView discover(@PathParam("id") long id) {
        return DeviceView.of(discovery.discoverNow(id));
    }

    /** Discovers every enabled device now. */
    @POST
    @Path("discover")
    @RolesAllowed({PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public DevicePollSummary discoverAll() {
        return discovery.discoverAllNow();
    }

    /** Polls every enabled device now and answers when done. */
    @POST
    @Path("poll")
    @RolesAllowed({PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public DevicePollSummary poll() {
        return polls.pollNow();
    }

    @GET
    @Path("{id}/interfaces")
    @RolesAllowed({PsmmRole.VIEWER, PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public List<InterfaceView> interfaces(@PathParam("id") long id) {
        return devices.interfaces(id).stream().map(InterfaceView::of).toList();
    }

    /** Body {"alertEnabled": false}: this port never raises "admin up, oper down" alerts. */
    @PUT
    @Path("{id}/interfaces/{interfaceId}")
    @RolesAllowed({PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public InterfaceView portAlert(@PathParam("id") long id, @PathParam("interfaceId") long interfaceId, PortAlertBody body) {
        if (body == null || body.alertEnabled() == null) {
            throw PsmmException.invalid("alertEnabled", "alertEnabled (true or false) is required");
        }
        return InterfaceView.of(devices.setPortAlert(id, interfaceId, body.alertEnabled()));
    }

    /** ?hours= 1 to 720 (default 1); ?interface= one interface's samples only. */
    @GET
    @Path("{id}/samples")
    @RolesAllowed({PsmmRole.VIEWER, PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public SamplesView samples(@PathParam("id") long id, @QueryParam("hours") @DefaultValue("1") int hours,
            @QueryParam("interface") Long interfaceId) {
        if (hours < 1 || hours > 720) {
            throw PsmmException.invalid("hours", "hours must be between 1 and 720");
        }
        Device d = devices.get(id);
        Duration last = Duration.ofHours(hours);
        Map<String, String> descr = new java.util.HashMap<>();
        history.resources(id).forEach(r -> descr.put(r.getKind() + "|" + r.getHrIndex(), r.getDescr()));
        return new SamplesView(id, d.getName(), hours,
                history.samples(id, last).stream().map(s -> new SampleView(s.getTakenAt(), s.getUptimeSeconds(),
                        s.getCpuPercent(), s.getMemPercent())).toList(),
                history.interfaceSamples(id, interfaceId, last).stream().map(s -> new InterfaceSampleView(s.getInterfaceId(),
                        s.getTakenAt(), s.isOperUp(), s.getInBps(), s.getOutBps(), s.getInErrorsPs(), s.getOutErrorsPs()))
                        .toList(),
                history.resourceSamples(id, last).stream().map(s -> new ResourceSampleView(s.getKind().name(), s.getHrIndex(),
                        descr.get(s.getKind() + "|" + s.getHrIndex()), s.getTakenAt(), s.getPercent(), s.getUsedBytes(),
                        s.getSizeBytes())).toList());
    }

    @GET
    @Path("{id}/events")
    @RolesAllowed({PsmmRole.VIEWER, PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public List<EventView> events(@PathParam("id") long id, @QueryParam("max") @DefaultValue("100") int max) {
        devices.get(id);
        return history.events(id, Math.max(1, Math.min(max, 1000))).stream()
                .map(e -> new EventView(e.getAt(), e.getKind().name(), e.getDetail())).toList();
    }

    @GET
    @Path("{id}/thresholds")
    @RolesAllowed({PsmmRole.VIEWER, PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public Map<ThresholdKind, Integer> thresholds(@PathParam("id") long id) {
        return devices.thresholds(id);
    }

    /** Body {"CPU":50,"DISK":null}: the device's own thresholds (null falls back to the global one). */
    @PUT
    @Path("{id}/thresholds")
    @RolesAllowed({PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public Map<ThresholdKind, Integer> changeThresholds(@PathParam("id") long id, Map<String, Object> body,
            @Context SecurityContext security) {
        return devices.changeThresholds(id, ThresholdBody.parse(body), security.getUserPrincipal().getName());
    }

    /** Deletes device samples and events older than snmp.retentionDays now. */
    @POST
    @Path("purge")
    @RolesAllowed(PsmmRole.ADMIN)
    public PurgeView purge() {
        return new PurgeView(purge.purgeExpired());
    }
}
