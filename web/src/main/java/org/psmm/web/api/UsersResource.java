package org.psmm.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.psmm.account.AccountService;
import org.psmm.account.DirectoryClient;
import org.psmm.account.DirectoryLookup;
import org.psmm.account.NewUser;
import org.psmm.account.UserAccount;
import org.psmm.error.PsmmException;
import org.psmm.security.PsmmRole;

/**
 * /api/users (admins): list, create ({"username","displayName","email","role","password"}), change
 * the role, enable or disable, reset a password, change the profile and opt-ins, delete; and
 * /api/users/directory-test?username= to see what the directory says of a user.
 */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(PsmmRole.ADMIN)
public class UsersResource {

    @EJB
    private AccountService accounts;

    @jakarta.inject.Inject
    private DirectoryClient directory;

    public record RoleForm(String role) {
    }

    public record EnabledForm(Boolean enabled) {
    }

    public record PasswordForm(String password) {
    }

    public record ProfileForm(String displayName, String email, Boolean alertMails, Boolean dailyReport) {
    }

    @GET
    public List<UserAccount> list() {
        return accounts.list();
    }

    @GET
    @Path("{username}")
    public UserAccount get(@PathParam("username") String username) {
        return accounts.get(username);
    }

    @POST
    public Response create(NewUser user, @Context UriInfo uri) {
        UserAccount created = accounts.create(user);
        return Response.created(uri.getAbsolutePathBuilder().path(created.username()).build()).entity(created).build();
    }

    @PUT
    @Path("{username}/role")
    public UserAccount changeRole(@PathParam("username") String username, RoleForm form) {
        return accounts.changeRole(username, form == null ? null : form.role());
    }

    @PUT
    @Path("{username}/enabled")
    public UserAccount setEnabled(@PathParam("username") String username, EnabledForm form) {
        if (form == null || form.enabled() == null) {
            throw PsmmException.invalid("enabled", "enabled must be true or false");
        }
        return accounts.setEnabled(username, form.enabled());
    }

    @PUT
    @Path("{username}/password")
    public Response resetPassword(@PathParam("username") String username, PasswordForm form) {
        accounts.resetPassword(username, form == null ? null : form.password());
        return Response.noContent().build();
    }

    @PUT
    @Path("{username}/profile")
    public UserAccount changeProfile(@PathParam("username") String username, ProfileForm form) {
        ProfileForm f = form == null ? new ProfileForm(null, null, null, null) : form;
        return accounts.changeProfile(username, f.displayName(), f.email(), Boolean.TRUE.equals(f.alertMails()),
                Boolean.TRUE.equals(f.dailyReport()));
    }

    @DELETE
    @Path("{username}")
    public Response delete(@PathParam("username") String username) {
        accounts.delete(username);
        return Response.noContent().build();
    }

    /** Binds as PSMM's service account, finds the user, and says which groups and role it would get. */
    @GET
    @Path("directory-test")
    public DirectoryLookup directoryTest(@jakarta.ws.rs.QueryParam("username") String username) {
        return directory.lookup(username);
    }
}
