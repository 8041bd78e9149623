package org.psmm.web.console;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.psmm.notify.Notification;
import org.psmm.notify.Outbox;

/**
 * The red banner every page shows administrators while mail or chat messages are failing
 * (layout.xhtml): read once a request, only when an administrator's page asks.
 */
@Named
@RequestScoped
public class OutboxBanner {

    @EJB
    private Outbox outbox;

    private Long mail;
    private Long chat;

    public long getFailingMail() {
        if (mail == null) {
            mail = outbox.failing(Notification.MAIL);
        }
        return mail;
    }

    public long getFailingChat() {
        if (chat == null) {
            chat = outbox.failing(Notification.CHAT);
        }
        return chat;
    }

    public boolean isFailing() {
        return getFailingMail() > 0 || getFailingChat() > 0;
    }
}
