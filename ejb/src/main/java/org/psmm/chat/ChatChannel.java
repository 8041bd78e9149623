package org.psmm.chat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.net.URI;
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

    @Column(name = "webhook_url", nullable = false, length = 2000)
    private String webhookUrl;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ChatChannel() {
    }

    ChatChannel(String name, ChatChannelType type, String webhookUrl, Instant now) {
        this.name = name;
        this.type = type;
        this.webhookUrl = webhookUrl;
        this.enabled = true;
        this.createdAt = now;
    }

    /** Scheme, host and port only: enough to recognise the channel, useless to post to it. */
    public String maskedUrl() {
        return mask(webhookUrl);
    }

    static String mask(String url) {
        URI u = URI.create(url);
        return u.getScheme() + "://" + u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort()) + "/…";
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

    String getWebhookUrl() {
        return webhookUrl;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
