package org.psmm.notify;

/**
 * Hands one outbox message to where it goes: the mail server, a chat webhook. The outbox knows
 * only this, so a new channel is a new transport and no change to the outbox.
 */
public interface NotificationTransport {

    /** The outbox channel this transport sends: {@link Notification#MAIL} or {@link Notification#CHAT}. */
    String channel();

    /** @throws DeliveryFailure when the message was not delivered; it says whether a retry can help */
    void send(Notification n) throws DeliveryFailure;

    /** Why a message was not delivered, worded for the outbox page, and whether trying again can help. */
    class DeliveryFailure extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean permanent;

        public DeliveryFailure(String message, boolean permanent, Throwable cause) {
            super(message, cause);
            this.permanent = permanent;
        }

        public boolean permanent() {
            return permanent;
        }
    }
}
