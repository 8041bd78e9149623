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
import java.time.Instant;
import java.util.List;
import org.psmm.notify.Notification;
import org.psmm.notify.NotificationStatus;
import org.psmm.notify.Outbox;
import org.psmm.notify.OutboxSender;
import org.psmm.security.PsmmRole;

/** /api/notifications: the outbox (sent, pending, failed and why); admins send what is due now. */
@Path("notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    @EJB
    private Outbox outbox;

    @EJB
    private OutboxSender sender;

    public record NotificationView(long id, String channel, String recipient, String subject, NotificationStatus status,
            int attempts, Instant nextTryAt, String lastError, Instant createdAt, Instant sentAt) {
        static NotificationView of(Notification n) {
            return new NotificationView(n.getId(), n.getChannel(), n.getRecipient(), n.getSubject(), n.getStatus(),
                    n.getAttempts(), n.getNextTryAt(), n.getLastError(), n.getCreatedAt(), n.getSentAt());
        }
    }

    @GET
    @RolesAllowed({PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public List<NotificationView> list(@QueryParam("status") NotificationStatus status,
            @QueryParam("max") @DefaultValue("500") int max) {
        return outbox.list(status, Math.max(1, Math.min(max, 5000))).stream().map(NotificationView::of).toList();
    }

    @POST
    @Path("send-due")
    @RolesAllowed(PsmmRole.ADMIN)
    public OutboxSender.SendSummary sendDue() {
        return sender.sendDue();
    }
}
