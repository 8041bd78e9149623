package org.psmm.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One report run: which day, why, for how many recipients, with how many failures. */
@Entity
@Table(name = "daily_report_run")
public class DailyReportRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private LocalDate day;

    /** Set for SCHEDULED and SKIPPED runs: unique, so a day is claimed once by one node. */
    @Column(name = "scheduled_day")
    private LocalDate scheduledDay;

    @Enumerated(EnumType.STRING)
    @Column(name = "run_trigger", nullable = false, length = 16)
    private ReportTrigger trigger;

    @Column(name = "requested_by", length = 64)
    private String requestedBy;

    @Column(nullable = false, length = 64)
    private String zone;

    @Column(nullable = false)
    private long failures;

    @Column(nullable = false)
    private int recipients;

    @Column(name = "attachment_name", length = 255)
    private String attachmentName;

    @Column(length = 500)
    private String note;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected DailyReportRun() {
        // for JPA
    }

    DailyReportRun(LocalDate day, ReportTrigger trigger, String requestedBy, String zone, long failures, int recipients,
            String attachmentName, String note, Instant createdAt) {
        this.day = day;
        this.scheduledDay = trigger == ReportTrigger.ON_DEMAND ? null : day;
        this.trigger = trigger;
        this.requestedBy = requestedBy;
        this.zone = zone;
        this.failures = failures;
        this.recipients = recipients;
        this.attachmentName = attachmentName;
        this.note = note == null || note.length() <= 500 ? note : note.substring(0, 497) + "...";
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getDay() {
        return day;
    }

    public ReportTrigger getTrigger() {
        return trigger;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public String getZone() {
        return zone;
    }

    public long getFailures() {
        return failures;
    }

    public int getRecipients() {
        return recipients;
    }

    public String getAttachmentName() {
        return attachmentName;
    }

    public String getNote() {
        return note;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
