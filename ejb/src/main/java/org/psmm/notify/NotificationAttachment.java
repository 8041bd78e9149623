package org.psmm.notify;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The file a mail carries (a report's CSV), stored apart so listing messages never loads it. */
@Entity
@Table(name = "notification_attachment")
public class NotificationAttachment {

    @Id
    @Column(name = "notification_id")
    private Long notificationId;

    @Column(nullable = false, length = 255)
    private String name;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(nullable = false, columnDefinition = "LONGBLOB")
    private byte[] data;

    protected NotificationAttachment() {
        // for JPA
    }

    NotificationAttachment(long notificationId, MailAttachment a) {
        this.notificationId = notificationId;
        this.name = a.name();
        this.contentType = a.contentType();
        this.data = a.data();
    }

    MailAttachment toMailAttachment() {
        return new MailAttachment(name, contentType, data);
    }
}
