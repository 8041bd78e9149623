package org.psmm.notify;

/**
 * Something the administrators should hear of at once, beyond the mail it may cause: fired as a
 * CDI event ({@code Event<AdminEvent>}) inside the transaction that made it true, so the chat
 * message it becomes is stored in the outbox exactly when that transaction commits. Texts may
 * hold what came from a log or a server: observers escape them for their channel.
 *
 * @param kind   what happened
 * @param title  one line, e.g. "lab-web: reboot required"
 * @param detail more lines, or empty
 */
public record AdminEvent(Kind kind, String title, String detail) {

    public enum Kind {
        ALERT_RAISED,
        ALERT_RESOLVED,
        HOST_DOWN,
        HOST_UP,
        REBOOT_REQUIRED,
        UPDATE_FAILED,
        BACKUP_FAILED,
        FAILED_LOGIN_BURST,
        DEVICE_DOWN,
        DEVICE_UP,
        DEVICE_RESTARTED,
        ADVISORIES_NEW
    }

    public AdminEvent {
        if (kind == null || title == null) {
            throw new IllegalArgumentException("an admin event needs a kind and a title");
        }
        detail = detail == null ? "" : detail;
    }
}
