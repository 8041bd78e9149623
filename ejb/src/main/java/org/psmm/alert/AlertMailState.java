package org.psmm.alert;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Per recipient: when the last alert mail was written and the last change it told. */
@Entity
@Table(name = "alert_mail_state")
public class AlertMailState {

    @Id
    @Column(length = 254)
    private String recipient;

    @Column(name = "last_mail_at")
    private Instant lastMailAt;

    @Column(name = "last_change_id", nullable = false)
    private long lastChangeId;

    protected AlertMailState() {
        // for JPA
    }

    AlertMailState(String recipient, long lastChangeId) {
        this.recipient = recipient;
        this.lastChangeId = lastChangeId;
    }

    void mailed(Instant at, long lastChangeId) {
        this.lastMailAt = at;
        this.lastChangeId = lastChangeId;
    }

    public String getRecipient() {
        return recipient;
    }

    public Instant getLastMailAt() {
        return lastMailAt;
    }

    public long getLastChangeId() {
        return lastChangeId;
    }
}
