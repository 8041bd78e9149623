package org.psmm.chat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A source IP whose burst of failed logins was announced, and when. */
@Entity
@Table(name = "chat_burst_notice")
public class ChatBurstNotice {

    @Id
    @Column(name = "source_ip", length = 255)
    private String sourceIp;

    @Column(name = "notified_at", nullable = false)
    private Instant notifiedAt;

    protected ChatBurstNotice() {
    }

    ChatBurstNotice(String sourceIp, Instant at) {
        this.sourceIp = sourceIp;
        this.notifiedAt = at;
    }

    void notified(Instant at) {
        this.notifiedAt = at;
    }

    public Instant getNotifiedAt() {
        return notifiedAt;
    }
}
