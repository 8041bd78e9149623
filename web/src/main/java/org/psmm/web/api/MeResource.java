package org.psmm.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.psmm.account.AccountService;
import org.psmm.account.UserAccount;
import org.psmm.security.PsmmRole;

/** /api/me: who the caller is; PUT /api/me/password {"currentPassword","newPassword"} changes their own password. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({PsmmRole.VIEWER, PsmmRole.OPERATOR, PsmmRole.ADMIN})
public class MeResource {

    @EJB
    private AccountService accounts;

    public record PasswordChange(String currentPassword, String newPassword) {
    }

    @GET
    public UserAccount me() {
        return accounts.me();
    }

    @PUT
    @Path("password")
    public Response changePassword(PasswordChange change) {
        accounts.changeOwnPassword(change == null ? null : change.currentPassword(), change == null ? null : change.newPassword());
        return Response.noContent().build();
    }
}
