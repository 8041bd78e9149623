package org.psmm.alert;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An alert raised or resolved: what alert mails tell, in id order. */
@Entity
@Table(name = "alert_change")
public class AlertChangeRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "alert_id", nullable = false)
    private long alertId;

    @Column(nullable = false)
    private boolean raised;

    private Double value;

    private Integer threshold;

    @Column(nullable = false)
    private Instant at;

    protected AlertChangeRecord() {
        // for JPA
    }

    AlertChangeRecord(long alertId, boolean raised, Double value, Integer threshold, Instant at) {
        this.alertId = alertId;
        this.raised = raised;
        this.value = value;
        this.threshold = threshold;
        this.at = at;
    }

    public Long getId() {
        return id;
    }

    public long getAlertId() {
        return alertId;
    }

    public boolean isRaised() {
        return raised;
    }

    public Double getValue() {
        return value;
    }

    public Integer getThreshold() {
        return threshold;
    }

    public Instant getAt() {
        return at;
    }
}
