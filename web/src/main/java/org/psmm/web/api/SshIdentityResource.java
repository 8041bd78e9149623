package org.psmm.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.psmm.core.ssh.SshIdentity;
import org.psmm.security.PsmmRole;
import org.psmm.ssh.SshConnections;

/** PSMM's public SSH key and the line to add to ~monitor/.ssh/authorized_keys on each host. */
@Path("ssh/identity")
@Produces(MediaType.APPLICATION_JSON)
public class SshIdentityResource {

    public record IdentityView(String keyType, String fingerprint, String publicKey, String authorizedKeysLine) {
    }

    @EJB
    private SshConnections ssh;

    @GET
    @RolesAllowed({PsmmRole.VIEWER, PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public IdentityView identity() {
        SshIdentity id = ssh.identity();
        return new IdentityView(id.keyType(), id.fingerprint(), id.publicKeyLine(), id.authorizedKeysLine());
    }
}
