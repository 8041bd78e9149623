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
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import org.psmm.chat.ChatChannel;
import org.psmm.chat.ChatChannelService;
import org.psmm.chat.ChatTestMessage;
import org.psmm.chat.ChatWatch;
import org.psmm.error.PsmmException;
import org.psmm.notify.Notification;
import org.psmm.security.PsmmRole;

/**
 * /api/chat: chat channels (the webhook URL goes in, never comes back out), a test message,
 * and the chat watch (bursts, status message) run now rather than at the next minute.
 */
@Path("chat")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(PsmmRole.ADMIN)
public class ChatResource {

    @EJB
    private ChatChannelService channels;

    @EJB
    private ChatWatch watch;

    @EJB
    private ChatTestMessage testMessage;

    /** What an admin sends to add a channel. */
    public record ChannelForm(String name, String type, String url) {
    }

    /** url is masked (scheme, host, port); urlToEnterAgain: sealed by another PSMM (its backup was restored here). */
    public record ChannelView(long id, String name, String type, String url, boolean urlToEnterAgain, boolean enabled,
            Instant createdAt) {
    }

    private ChannelView view(ChatChannel c) {
        return new ChannelView(c.getId(), c.getName(), c.getType().name(), c.maskedUrl(), channels.urlToEnterAgain(c),
                c.isEnabled(), c.getCreatedAt());
    }

    public record UrlForm(String url) {
    }

    /** A new URL for a channel: a rotated webhook, or one to enter again after a restore. */
    @PUT
    @Path("channels/{id}/url")
    public ChannelView changeUrl(@PathParam("id") long id, UrlForm form) {
        return view(channels.changeUrl(id, form == null ? null : form.url()));
    }

    /** The test message's fate right after one send round. */
    public record TestResult(long notificationId, String status, String error) {
    }

    @GET
    @Path("channels")
    public List<ChannelView> list() {
        return channels.list().stream().map(this::view).toList();
    }

    @POST
    @Path("channels")
    public Response create(ChannelForm form) {
        ChannelForm f = form == null ? new ChannelForm(null, null, null) : form;
        return Response.status(Response.Status.CREATED)
                .entity(view(channels.create(f.name(), f.type(), f.url()))).build();
    }

    @PUT
    @Path("channels/{id}/enabled")
    public ChannelView enable(@PathParam("id") long id, boolean enabled) {
        if (!channels.setEnabled(id, enabled)) {
            throw PsmmException.notFound("No chat channel " + id);
        }
        return channels.find(id).map(this::view).orElseThrow();
    }

    @DELETE
    @Path("channels/{id}")
    public Response delete(@PathParam("id") long id) {
        if (!channels.delete(id)) {
            throw PsmmException.notFound("No chat channel " + id);
        }
        return Response.noContent().build();
    }

    /** Queues a test message and sends what is due, so the answer says whether the webhook took it. */
    @POST
    @Path("channels/{id}/test")
    public TestResult test(@PathParam("id") long id, @Context SecurityContext security) {
        Notification n = testMessage.send(id, security.getUserPrincipal().getName())
                .orElseThrow(() -> PsmmException.notFound("No chat channel " + id));
        return new TestResult(n.getId(), n.getStatus().name(), n.getLastError());
    }

    /** Runs the chat watch now: bursts of failed logins, and the status message if it is due. */
    @POST
    @Path("watch/run")
    public ChatWatch.Round runWatch() {
        return watch.runDue();
    }
}
