package org.psmm.chat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** When a periodic chat message last went out, so "since the last message" survives restarts. */
@Entity
@Table(name = "chat_watch_mark")
public class ChatWatchMark {

    @Id
    @Column(length = 32)
    private String name;

    @Column(name = "marked_at", nullable = false)
    private Instant markedAt;

    protected ChatWatchMark() {
    }

    ChatWatchMark(String name, Instant at) {
        this.name = name;
        this.markedAt = at;
    }

    void mark(Instant at) {
        this.markedAt = at;
    }

    public Instant getMarkedAt() {
        return markedAt;
    }
}
