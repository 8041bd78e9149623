package org.psmm.chat;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.psmm.notify.AdminEvent;
import org.psmm.notify.Outbox;

/**
 * Turns every {@link AdminEvent} into one outbox message per enabled chat channel, in the
 * transaction that fired it: the message exists exactly when the event was committed.
 */
@ApplicationScoped
public class ChatNotifier {

    @EJB
    private ChatChannelService channels;

    @EJB
    private Outbox outbox;

    void on(@Observes AdminEvent event) {
        post(new ChatMessage(event.kind().name(), event.title(), event.detail()));
    }

    /** Queues the message for every enabled channel; returns how many. */
    public int post(ChatMessage message) {
        int n = 0;
        for (ChatChannel c : channels.enabled()) {
            outbox.enqueueChat(c.getId(), message.title(), message.json(c.getType()));
            n++;
        }
        return n;
    }
}
