package org.psmm.notify;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A message in the outbox. */
@Entity
@Table(name = "notification")
public class Notification {

    public static final String MAIL = "MAIL";
    public static final String CHAT = "CHAT";
    private static final String CHAT_RECIPIENT = "chat:";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 16)
    private String channel;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(nullable = false, length = 500)
    private String subject;

    @Column(name = "body_text", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String bodyText;

    @Column(name = "body_html", columnDefinition = "MEDIUMTEXT")
    private String bodyHtml;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private NotificationStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_try_at", nullable = false)
    private Instant nextTryAt;

    @Column(name = "last_error", length = 2000)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    /** The attachment's file name when there is one (its bytes: {@link NotificationAttachment}). */
    @Column(name = "attachment_name", length = 255)
    private String attachmentName;

    protected Notification() {
        // for JPA
    }

    Notification(String channel, String recipient, String subject, String bodyText, String bodyHtml, Instant now) {
        this.channel = channel;
        this.recipient = recipient;
        this.subject = subject.length() > 500 ? subject.substring(0, 497) + "..." : subject;
        this.bodyText = bodyText;
        this.bodyHtml = bodyHtml;
        this.status = NotificationStatus.PENDING;
        this.nextTryAt = now;
        this.createdAt = now;
    }

    /** The recipient of a chat message: its channel, whose secret URL stays in the channel's row. */
    public static String chatRecipient(long channelId) {
        return CHAT_RECIPIENT + channelId;
    }

    /** The channel of a chat message, or -1 when the recipient is not one. */
    public long chatChannelId() {
        if (!CHAT.equals(channel) || !recipient.startsWith(CHAT_RECIPIENT)) {
            return -1;
        }
        try {
            return Long.parseLong(recipient.substring(CHAT_RECIPIENT.length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    void sending() {
        this.status = NotificationStatus.SENDING;
        this.attempts++;
    }

    void sent(Instant at) {
        this.status = NotificationStatus.SENT;
        this.sentAt = at;
        this.lastError = null;
    }

    void failed(String error, Instant nextTry, boolean giveUp) {
        this.status = giveUp ? NotificationStatus.FAILED : NotificationStatus.PENDING;
        this.lastError = error == null ? null : error.length() > 2000 ? error.substring(0, 2000) : error;
        this.nextTryAt = nextTry;
    }

    void retry() {
        this.status = NotificationStatus.PENDING;
    }

    public Long getId() {
        return id;
    }

    public String getChannel() {
        return channel;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBodyText() {
        return bodyText;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public NotificationStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextTryAt() {
        return nextTryAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getAttachmentName() {
        return attachmentName;
    }

    void attach(String name) {
        this.attachmentName = name;
    }
}
