package org.psmm.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.psmm.host.HostService;
import org.psmm.security.PsmmRole;
import org.psmm.settings.InvalidSettingException;
import org.psmm.settings.SettingKey;
import org.psmm.settings.SettingValue;
import org.psmm.settings.Settings;
import org.psmm.settings.ThresholdKind;

/** /api/settings: admins read and change settings, globally and per host thresholds. */
@Path("settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(PsmmRole.ADMIN)
public class SettingsResource {

    @EJB
    private Settings settings;

    @EJB
    private HostService hosts;

    /** A setting with its bounds, so a script knows what it may set. */
    public record SettingView(String key, String value, String defaultValue, String type, Integer min, Integer max,
            String unit, Instant updatedAt, String updatedBy) {
        static SettingView of(SettingValue v) {
            SettingKey k = v.key();
            boolean number = k.type() == org.psmm.settings.SettingType.INTEGER;
            return new SettingView(k.key(), v.value(), k.defaultValue(), k.type().name(), number ? k.min() : null,
                    number ? k.max() : null, k.unit() == null ? (number ? (k.key().endsWith("Percent") ? "percent" : "count") : null) : k.unit().name().toLowerCase(),
                    v.updatedAt(), v.updatedBy());
        }
    }

    @GET
    public List<SettingView> list() {
        return settings.all().stream().map(SettingView::of).toList();
    }

    /** Body: {"metrics.pollIntervalMinutes":"5", ...}; numbers may be JSON numbers or strings. */
    @PUT
    public List<SettingView> change(Map<String, Object> values, @Context SecurityContext security) {
        if (values == null || values.isEmpty()) {
            throw new InvalidSettingException("body", "must name at least one setting");
        }
        Map<String, String> text = new java.util.LinkedHashMap<>();
        values.forEach((k, v) -> text.put(k, v == null ? "" : ThresholdBody.plain(v)));
        settings.change(text, security.getUserPrincipal().getName());
        return list();
    }

    @GET
    @Path("hosts/{id}/thresholds")
    public Map<ThresholdKind, Integer> hostThresholds(@PathParam("id") long id) {
        hosts.get(id);
        return settings.hostThresholds(id);
    }

    /** Body: {"CPU":50,"DISK":null}: a number sets the host's own threshold, null removes it. */
    @PUT
    @Path("hosts/{id}/thresholds")
    public Map<ThresholdKind, Integer> changeHostThresholds(@PathParam("id") long id, Map<String, Object> body,
            @Context SecurityContext security) {
        hosts.get(id);
        Map<ThresholdKind, Integer> percents = ThresholdBody.parse(body);
        settings.changeHostThresholds(id, percents, security.getUserPrincipal().getName());
        return settings.hostThresholds(id);
    }
}
