package org.psmm.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.psmm.core.ssh.SshException;
import org.psmm.error.PsmmException;
import org.psmm.hostcheck.HostCheckService;
import org.psmm.host.HostEvents;
import org.psmm.host.HostKeyService;
import org.psmm.host.HostService;
import org.psmm.host.ScannedHostKey;
import org.psmm.security.PsmmRole;

/**
 * How PSMM reaches a host: its SSH host key (scan, then confirm the fingerprint to pin it), the
 * checks (login, sudo, MariaDB, hardening) and the host's events.
 */
@Path("hosts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HostAccessResource {

    public record HostKeyView(ScannedHostKey presented, String pinnedFingerprint) {
    }

    public record Confirmation(@NotBlank String fingerprint) {
    }

    public record EventView(String kind, String message, Instant occurredAt) {
    }

    @EJB
    private HostService hosts;

    @EJB
    private HostKeyService hostKeys;

    @EJB
    private HostCheckService checks;

    @EJB
    private HostEvents events;

    /** The key the host presents now (compare its fingerprint before confirming). */
    @GET
    @Path("{id}/host-key")
    @RolesAllowed({PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public HostKeyView hostKey(@PathParam("id") long id) throws SshException {
        ScannedHostKey presented = hostKeys.scan(id);
        return new HostKeyView(presented, hosts.get(id).getHostKeyFingerprint());
    }

    /** Pins the host's key if it presents the confirmed fingerprint; 409 otherwise. */
    @PUT
    @Path("{id}/host-key")
    @RolesAllowed({PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public HostView confirmHostKey(@PathParam("id") long id, @Valid @NotNull Confirmation confirmation)
            throws SshException {
        return HostView.of(hostKeys.confirm(id, confirmation.fingerprint()));
    }

    @POST
    @Path("{id}/check")
    @RolesAllowed({PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public CheckView check(@PathParam("id") long id) {
        return CheckView.of(checks.check(id));
    }

    @GET
    @Path("{id}/checks/last")
    @RolesAllowed({PsmmRole.VIEWER, PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public CheckView lastCheck(@PathParam("id") long id) {
        hosts.get(id);
        return checks.last(id).map(CheckView::of).orElseThrow(() -> PsmmException.notFound("No check has run on this host yet"));
    }

    @GET
    @Path("{id}/events")
    @RolesAllowed({PsmmRole.VIEWER, PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public List<EventView> events(@PathParam("id") long id) {
        hosts.get(id);
        return events.latest(id, 100).stream()
                .map(e -> new EventView(e.getKind().name(), e.getMessage(), e.getOccurredAt()))
                .toList();
    }
}
