package org.psmm.report;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.logging.Logger;
import org.psmm.core.report.DailyFailureReport;
import org.psmm.core.report.DailyReportMail;
import org.psmm.core.report.ReportMail;
import org.psmm.core.report.ReportSchedule;
import org.psmm.settings.SettingKey;
import org.psmm.settings.Settings;
import jakarta.annotation.security.RolesAllowed;
import org.psmm.security.PsmmRole;
import org.psmm.audit.AuditKind;
import org.psmm.audit.AuditTrail;
import org.psmm.notify.AdminRecipients;

/**
 * Sends the daily report: builds it (outside any transaction), then records the run and queues
 * one mail per administrator together. The timer's send happens once per day; a request may
 * repeat a day. Days are read in the server's time zone.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DailyReportService {

    private static final Logger LOG = Logger.getLogger(DailyReportService.class.getName());

    @EJB
    private AdminRecipients adminRecipients;

    @EJB
    private AuditTrail audit;

    @EJB
    private DailyReportBuilder builder;

    @EJB
    private DailyReportLedger ledger;

    @EJB
    private Settings settings;

    @EJB
    private org.psmm.session.SessionService sessions;

    @Inject
    private Clock clock;

    /** The server's zone: report days and the report time are read in it. */
    public ZoneId zone() {
        return clock.getZone();
    }

    public ReportSchedule schedule() {
        return new ReportSchedule(settings.flag(SettingKey.DAILY_REPORT_ENABLED),
                settings.timeOfDay(SettingKey.DAILY_REPORT_TIME), zone());
    }

    /**
     * A day as typed by an admin: {@code YYYY-MM-DD}, not after today.
     *
     * @throws ReportDayException saying what is wrong
     */
    public LocalDate parseDay(String text) {
        if (text == null || text.isBlank()) {
            throw new ReportDayException("day is required: a date YYYY-MM-DD, for example " + yesterday());
        }
        LocalDate day;
        try {
            day = LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
            throw new ReportDayException("day must be a date YYYY-MM-DD, for example " + yesterday() + ", not '" + shown + "'");
        }
        checkNotFuture(day);
        return day;
    }

    /** Yesterday in the server's zone, the day a report is usually about. */
    public LocalDate yesterday() {
        return LocalDate.ofInstant(clock.instant(), zone()).minusDays(1);
    }

    /**
     * Queues the report of {@code day} for every administrator, now, whether or not it went
     * before (a request is honoured; the answer says how many went before).
     */
    @RolesAllowed(PsmmRole.ADMIN)
    public QueuedReport sendOnDemand(LocalDate day, String requestedBy) {
        checkNotFuture(day);
        List<String> recipients = adminRecipients.forDailyReport();
        if (recipients.isEmpty()) {
            throw new NoReportRecipientsException();
        }
        long earlier = ledger.runsOf(day);
        DailyFailureReport report = builder.build(day, zone(), clock.instant());
        DailyReportRun run = ledger.record(ReportTrigger.ON_DEMAND, requestedBy, report, DailyReportMail.compose(report, logoffs(day), settings.adminTexts()),
                recipients);
        LOG.info(() -> "daily report of " + day + " queued on request of " + requestedBy + " for " + recipients.size()
                + " recipient(s)");
        audit.record(AuditKind.REPORT_SENT, day.toString(), recipients.size() + " recipient(s)");
        return new QueuedReport(day, report.zone().getId(), report.total(), recipients, run.getAttachmentName(),
                report.partial(), earlier);
    }

    /**
     * The timer's send of {@code day}: nothing if it went already (here or on another node) or
     * if no administrator address is set (it is tried again at the next tick that day).
     *
     * @return whether this call queued it
     */
    public boolean sendScheduled(LocalDate day) {
        if (ledger.scheduledRun(day) != null) {
            return false;
        }
        List<String> recipients = adminRecipients.forDailyReport();
        if (recipients.isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        DailyFailureReport report = builder.build(day, zone(), now);
        ReportMail mail = DailyReportMail.compose(report, logoffs(day), settings.adminTexts());
        try {
            ledger.record(ReportTrigger.SCHEDULED, null, report, mail, recipients);
        } catch (EJBException e) {
            if (ledger.scheduledRun(day) != null) {
                LOG.info(() -> "daily report of " + day + " was sent by another node meanwhile");
                return false;
            }
            throw e;
        }
        LOG.info(() -> "daily report of " + day + " queued for " + recipients.size() + " recipient(s): "
                + report.total() + " failure(s)");
        return true;
    }

    /**
     * On the very first start, after today's report time: yesterday is marked as not reported,
     * since PSMM was not watching it (a "nothing happened" mail would be a lie).
     */
    public void skipYesterdayOnFirstStart() {
        if (ledger.anyRun()) {
            return;
        }
        ReportSchedule s = schedule();
        s.dueDay(clock.instant()).ifPresent(day -> {
            if (ledger.skip(day, zone().getId(), "PSMM first started after the report time of "
                    + day.plusDays(1) + ": " + day + " was not watched")) {
                LOG.info(() -> "first start: no daily report for " + day + ", which PSMM did not watch");
            }
        });
    }

    public List<DailyReportRun> history(int max) {
        return ledger.history(max);
    }

    /** The day's session log-offs (issue 18), listed after the failures. */
    private List<org.psmm.core.report.LoggedOffSession> logoffs(LocalDate day) {
        return sessions.logoffsBetween(day.atStartOfDay(zone()).toInstant(), day.plusDays(1).atStartOfDay(zone()).toInstant());
    }

    private void checkNotFuture(LocalDate day) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone());
        if (day.isAfter(today)) {
            throw new ReportDayException("day " + day + " is in the future (today is " + today + " in " + zone().getId() + ")");
        }
    }
}
