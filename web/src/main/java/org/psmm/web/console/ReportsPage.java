package org.psmm.web.console;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.psmm.core.report.ReportSchedule;
import org.psmm.report.DailyReportRun;
import org.psmm.report.DailyReportService;
import org.psmm.report.NoReportRecipientsException;
import org.psmm.report.QueuedReport;
import org.psmm.report.ReportDayException;
import org.psmm.security.PsmmRole;

/** reports.xhtml: when the daily report goes, the runs so far, and (admins) the report of any day now. */
@Named
@ViewScoped
public class ReportsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DailyReportService reports;

    private LocalDate day;
    private LocalDate today;
    private List<DailyReportRun> runs;
    private String schedule;

    @PostConstruct
    void init() {
        if (!isAdmin()) {
            runs = List.of();
            return;
        }
        day = reports.yesterday();
        today = day.plusDays(1);
        load();
    }

    private void load() {
        runs = reports.history(200);
        ReportSchedule s = reports.schedule();
        schedule = s.enabled() ? ConsoleMessages.text("reports.scheduleOn", s.time(), s.zone().getId())
                : ConsoleMessages.text("reports.scheduleOff");
    }

    public boolean isAdmin() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(PsmmRole.ADMIN);
    }

    public void send() {
        if (!isAdmin()) {
            ConsoleMessages.error(ConsoleMessages.text("reports.adminOnly"));
            return;
        }
        if (day == null) {
            ConsoleMessages.fieldError("reportForm:day", ConsoleMessages.text("reports.dayRequired"));
            return;
        }
        try {
            QueuedReport q = reports.sendOnDemand(day, FacesContext.getCurrentInstance().getExternalContext().getRemoteUser());
            ConsoleMessages.info(ConsoleMessages.text("reports.queued", q.day(), q.recipients().size(), q.failures(),
                    q.earlierReports()));
        } catch (ReportDayException e) {
            ConsoleMessages.fieldError("reportForm:day", ConsoleMessages.text("reports.future", day));
        } catch (NoReportRecipientsException e) {
            ConsoleMessages.error(ConsoleMessages.text("reports.noRecipients"));
        }
        load();
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public LocalDate getToday() {
        return today;
    }

    /** The ledger writes its one note in English (see DailyReportService); the page says it in the view's language. */
    private static final Pattern FIRST_START = Pattern.compile(
            "PSMM first started after the report time of (\\S+): (\\S+) was not watched");

    public String noteOf(DailyReportRun run) {
        String note = run.getNote();
        if (note == null) {
            return null;
        }
        Matcher m = FIRST_START.matcher(note);
        return m.matches() ? ConsoleMessages.text("reports.note.firstStart", m.group(1), m.group(2)) : note;
    }

    public List<DailyReportRun> getRuns() {
        return runs;
    }

    public String getSchedule() {
        return schedule;
    }
}
