package org.psmm.report;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.psmm.core.report.CsvAttachment;
import org.psmm.core.report.DailyFailureReport;
import org.psmm.core.report.ReportMail;
import org.psmm.notify.MailAttachment;
import org.psmm.notify.Outbox;

/**
 * Records report runs and queues their mails in one transaction: the run row and the outbox
 * messages exist together or not at all. For a scheduled run the row is written first: its
 * unique scheduled_day makes a second node (or a second tick) fail here, before any mail.
 */
@Stateless
public class DailyReportLedger {

    @PersistenceContext(unitName = "psmm")
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private Outbox outbox;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public DailyReportRun record(ReportTrigger trigger, String requestedBy, DailyFailureReport report, ReportMail mail,
            List<String> recipients) {
        CsvAttachment csv = report.csv();
        boolean attach = csv != null && !csv.omitted() && csv.data() != null;
        DailyReportRun run = new DailyReportRun(report.day(), trigger, requestedBy, report.zone().getId(), report.total(),
                recipients.size(), attach ? csv.name() : null, null, clock.instant());
        em.persist(run);
        em.flush(); // the claim: a duplicate scheduled day fails here, before any mail is queued
        MailAttachment file = attach ? new MailAttachment(csv.name(), csv.contentType(), csv.data()) : null;
        for (String r : recipients) {
            outbox.enqueueMail(r, mail.subject(), mail.text(), mail.html(), file);
        }
        return run;
    }

    /** Marks a day as not to be reported by the timer, saying why. False if it was claimed already. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean skip(LocalDate day, String zone, String note) {
        if (scheduledRun(day) != null) {
            return false;
        }
        em.persist(new DailyReportRun(day, ReportTrigger.SKIPPED, null, zone, 0, 0, null, note, clock.instant()));
        return true;
    }

    /** The timer's run (or skip) of a day, if any. */
    public DailyReportRun scheduledRun(LocalDate day) {
        return em.createQuery("SELECT r FROM DailyReportRun r WHERE r.scheduledDay = :day", DailyReportRun.class)
                .setParameter("day", day).getResultStream().findFirst().orElse(null);
    }

    public long runsOf(LocalDate day) {
        return em.createQuery("SELECT COUNT(r) FROM DailyReportRun r WHERE r.day = :day AND r.trigger <> :skipped", Long.class)
                .setParameter("day", day).setParameter("skipped", ReportTrigger.SKIPPED).getSingleResult();
    }

    public boolean anyRun() {
        return !em.createQuery("SELECT r.id FROM DailyReportRun r", Long.class).setMaxResults(1).getResultList().isEmpty();
    }

    /** Newest first. */
    public List<DailyReportRun> history(int max) {
        return em.createQuery("SELECT r FROM DailyReportRun r ORDER BY r.createdAt DESC, r.id DESC", DailyReportRun.class)
                .setMaxResults(max).getResultList();
    }
}
