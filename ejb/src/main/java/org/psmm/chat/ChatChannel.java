package org.psmm.chat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Where chat messages go. The webhook URL is a secret: {@link #maskedUrl()} is what people see. */
@Entity
@Table(name = "chat_channel")
public class ChatChannel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ChatChannelType type;

    /** Sealed (StoredSecrets, purpose chat_channel.webhook_url): whoever has the URL can post to the space. */
    @Column(name = "webhook_url", nullable = false, length = 4000)
    private String webhookUrl;

    @Column(name = "webhook_shown", length = 300)
    private String webhookShown;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ChatChannel() {
    }

    /** @param sealedUrl the URL as StoredSecrets sealed it; shownUrl what of it may be shown */
    ChatChannel(String name, ChatChannelType type, String sealedUrl, String shownUrl, Instant now) {
        this.name = name;
        this.type = type;
        this.webhookUrl = sealedUrl;
        this.webhookShown = shownUrl;
        this.enabled = true;
        this.createdAt = now;
    }

    /** Scheme, host and port only: enough to recognise the channel, useless to post to it. */
    public String maskedUrl() {
        return webhookShown == null ? "…" : webhookShown;
    }

    void changeUrl(String sealedUrl, String shownUrl) {
        this.webhookUrl = sealedUrl;
        this.webhookShown = shownUrl;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public ChatChannelType getType() {
        return type;
    }

    /** The sealed URL: open it with StoredSecrets. */
    String sealedWebhookUrl() {
        return webhookUrl;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
