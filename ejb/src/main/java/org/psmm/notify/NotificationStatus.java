package org.psmm.notify;

/** Where a message is in the outbox. */
public enum NotificationStatus {
    /** Waiting for its next try (first or after a failure). */
    PENDING,
    /** Handed to the mail server now; back to PENDING if the server restarted meanwhile. */
    SENDING,
    /** Accepted by the mail server. */
    SENT,
    /** Given up: refused for good (bad address) or too many attempts. */
    FAILED
}
