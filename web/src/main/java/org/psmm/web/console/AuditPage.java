package org.psmm.web.console;

import jakarta.inject.Inject;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import org.psmm.audit.AuditFilter;
import org.psmm.audit.AuditKind;
import org.psmm.audit.AuditTrail;

/** audit.xhtml (admins): who changed what, when and from where; filtered by user, kind and days. */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    @Inject
    private TimeFormat time;

    private static final long serialVersionUID = 1L;

    @EJB
    private AuditTrail audit;

    private String actor;
    private AuditKind kind;
    private LocalDate from;
    private LocalDate to;
    private AuditLazyModel rows;

    @PostConstruct
    void init() {
        rows = new AuditLazyModel(audit, this::filter);
    }

    /** Days are the server's days, as the console shows times; "to" includes its whole day. */
    AuditFilter filter() {
        ZoneId zone = time.zone();
        return new AuditFilter(actor == null || actor.isBlank() ? null : actor.strip(), kind,
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
    }

    public AuditLazyModel getRows() {
        return rows;
    }

    public AuditKind[] getKinds() {
        return AuditKind.values();
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public AuditKind getKind() {
        return kind;
    }

    public void setKind(AuditKind kind) {
        this.kind = kind;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
