package org.psmm.chat;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.Optional;
import org.psmm.notify.Notification;
import org.psmm.notify.Outbox;
import org.psmm.notify.OutboxSender;

/**
 * "Send a test message": queued and committed first, then the outbox is sent at once, so the
 * admin learns right away whether the webhook took it (and why not).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChatTestMessage {

    @EJB
    private ChatChannelService channels;

    @EJB
    private OutboxSender sender;

    @EJB
    private Outbox outbox;

    /** The test message after one send round; empty when there is no such channel. */
    public Optional<Notification> send(long channelId, String by) {
        Optional<Long> queued = channels.queueTest(channelId, by);
        if (queued.isEmpty()) {
            return Optional.empty();
        }
        sender.sendDue();
        return outbox.find(queued.get());
    }
}
