package org.psmm.core.report;

import java.util.List;
import java.util.Locale;
import org.psmm.core.alert.Html;
import org.psmm.core.notify.AdminTexts;
import org.psmm.core.notify.PlainText;

/**
 * Writes the daily report mail from its figures. Everything that comes from a log (user names,
 * IPs, host names an operator typed) is escaped in the HTML part and stripped of control
 * characters in the text part, so a name cannot add markup or fake lines.
 */
public final class DailyReportMail {

    private DailyReportMail() {
    }

    public static ReportMail compose(DailyFailureReport r, AdminTexts t) {
        return compose(r, List.of(), t);
    }

    /** The report with the day's session log-offs (and the ones a report-only policy would have made). */
    public static ReportMail compose(DailyFailureReport r, List<LoggedOffSession> logoffs, AdminTexts t) {
        ReportMail mail = r.nothingHappened() ? quiet(r, t) : full(r, t);
        if (logoffs.isEmpty()) {
            return mail;
        }
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder();
        logoffs(text, html, logoffs, r.zone(), t);
        String marker = "\n-- \n";
        int cut = mail.text().lastIndexOf(marker);
        String newText = cut < 0 ? mail.text() + text : mail.text().substring(0, cut) + text + mail.text().substring(cut);
        int hcut = mail.html().lastIndexOf("<p style=\"color:#666");
        String newHtml = hcut < 0 ? mail.html() + html : mail.html().substring(0, hcut) + html + mail.html().substring(hcut);
        return new ReportMail(mail.subject(), newText, newHtml);
    }

    private static void logoffs(StringBuilder text, StringBuilder html, List<LoggedOffSession> logoffs,
            java.time.ZoneId zone, AdminTexts t) {
        String title = t.get("report.logoffs", logoffs.size());
        text.append('\n').append(title).append(":\n");
        html.append("<h3>").append(Html.escape(title)).append("</h3><table cellpadding=\"4\" style=\"border-collapse:collapse\"><tr>");
        for (String h : new String[] {"report.logoffs.at", "report.host", "report.user", "report.logoffs.session",
                "report.logoffs.from", "report.logoffs.idle", "report.logoffs.by"}) {
            html.append("<th align=\"left\">").append(Html.escape(t.get(h))).append("</th>");
        }
        html.append("</tr>");
        java.time.format.DateTimeFormatter hm = java.time.format.DateTimeFormatter.ofPattern("HH:mm").withZone(zone);
        for (LoggedOffSession l : logoffs) {
            String idle = l.idleSeconds() == null ? "" : (l.idleSeconds() / 60) + " min";
            String by = l.by() != null ? l.by()
                    : t.get(l.reportOnly() ? "report.logoffs.reportOnly" : "report.logoffs.policy");
            if (!l.succeeded()) {
                by = by + " (" + t.get("report.logoffs.failed") + ")";
            }
            text.append(String.format(Locale.ROOT, "  %s  %s  %s  %s  %s  %s  %s%n", hm.format(l.at()), plain(l.host()),
                    plain(l.user()), plain(l.session()), plain(l.from()), idle, plain(by)));
            html.append("<tr>");
            for (String v : new String[] {hm.format(l.at()), l.host(), l.user(), l.session(), l.from(), idle, by}) {
                html.append("<td>").append(Html.escape(v == null ? "" : v)).append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</table>");
    }

    /** The short mail of a day without failures: still sent, so silence never means "no report". */
    private static ReportMail quiet(DailyFailureReport r, AdminTexts t) {
        String partial = r.partial() ? ".partial" : "";
        String subject = t.get("report.subject.none" + partial, r.day());
        String summary = t.get("report.nothing" + partial, dayLabel(r));
        String before = t.get("report.dayBefore", r.previousDayTotal());
        String text = summary + "\n" + before + "\n" + footer(t);
        String html = "<html><body style=\"font-family:sans-serif\"><h2>" + Html.escape(summary) + "</h2><p>"
                + Html.escape(before) + "</p>" + htmlFooter(t) + "</body></html>";
        return new ReportMail(subject, text, html);
    }

    private static ReportMail full(DailyFailureReport r, AdminTexts t) {
        String change = change(r.total(), r.previousDayTotal(), t);
        String subject = t.get(r.partial() ? "report.subject.partial" : "report.subject", r.day(), r.total(),
                signed(r.total() - r.previousDayTotal()));
        String headline = t.count("report.headline", r.total(), dayLabel(r))
                + (r.partial() ? t.get("report.headline.partial") : "");
        String changeTitle = t.get("report.change");
        StringBuilder text = new StringBuilder(headline).append('\n')
                .append(changeTitle).append(": ").append(change).append("\n");
        StringBuilder html = new StringBuilder("<html><body style=\"font-family:sans-serif\"><h2>")
                .append(Html.escape(headline)).append("</h2><p>").append(Html.escape(changeTitle)).append(": <b>")
                .append(Html.escape(change)).append("</b></p>");
        section(text, html, t, t.get("report.perService"), t.get("report.service"), r.byService(), false);
        section(text, html, t, t.get("report.perHost"), t.get("report.host"), r.byHost(), false);
        section(text, html, t, t.get("report.topIps", r.topIps().size()), t.get("report.ip"), r.topIps(), true);
        section(text, html, t, t.get("report.topUsers", r.topUsers().size()), t.get("report.user"), r.topUsers(), true);
        multiService(text, html, r, t);
        String attached = attachmentLine(r.csv(), t);
        text.append('\n').append(attached).append('\n').append(footer(t));
        html.append("<p>").append(Html.escape(attached)).append("</p>").append(htmlFooter(t)).append("</body></html>");
        return new ReportMail(subject, text.toString(), html.toString());
    }

    private static void section(StringBuilder text, StringBuilder html, AdminTexts t, String title, String column,
            List<Count> counts, boolean ranked) {
        text.append('\n').append(title).append(":\n");
        html.append("<h3>").append(Html.escape(title)).append("</h3>");
        if (counts.isEmpty()) {
            text.append("  ").append(t.get("report.none")).append('\n');
            html.append("<p>").append(Html.escape(t.get("report.none"))).append("</p>");
            return;
        }
        html.append("<table cellpadding=\"4\" style=\"border-collapse:collapse\"><tr>")
                .append(ranked ? "<th align=\"right\">#</th>" : "")
                .append("<th align=\"left\">").append(Html.escape(column)).append("</th><th align=\"right\">")
                .append(Html.escape(t.get("report.failures"))).append("</th></tr>");
        int rank = 0;
        for (Count c : counts) {
            rank++;
            text.append(String.format(Locale.ROOT, "  %s%8d  %s%n", ranked ? String.format(Locale.ROOT, "%2d.", rank) : "",
                    c.count(), plain(c.value())));
            html.append("<tr>").append(ranked ? "<td align=\"right\">" + rank + "</td>" : "")
                    .append("<td>").append(Html.escape(c.value())).append("</td><td align=\"right\">")
                    .append(c.count()).append("</td></tr>");
        }
        html.append("</table>");
    }

    private static void multiService(StringBuilder text, StringBuilder html, DailyFailureReport r, AdminTexts t) {
        String title = t.get("report.multiService");
        text.append('\n').append(title).append(":\n");
        html.append("<h3>").append(Html.escape(title)).append("</h3>");
        if (r.multiServiceIps().isEmpty()) {
            text.append("  ").append(t.get("report.none")).append('\n');
            html.append("<p>").append(Html.escape(t.get("report.none"))).append("</p>");
            return;
        }
        html.append("<table cellpadding=\"4\" style=\"border-collapse:collapse\"><tr><th align=\"left\">")
                .append(Html.escape(t.get("report.ip"))).append("</th><th align=\"left\">")
                .append(Html.escape(t.get("report.services"))).append("</th><th align=\"right\">")
                .append(Html.escape(t.get("report.failures"))).append("</th></tr>");
        for (MultiServiceIp ip : r.multiServiceIps()) {
            String services = String.join(", ", ip.services());
            text.append(String.format(Locale.ROOT, "  %8d  %s  (%s)%n", ip.count(), plain(ip.ip()), plain(services)));
            html.append("<tr><td>").append(Html.escape(ip.ip())).append("</td><td>").append(Html.escape(services))
                    .append("</td><td align=\"right\">").append(ip.count()).append("</td></tr>");
        }
        html.append("</table>");
        if (r.moreMultiServiceIps()) {
            String more = t.get("report.moreIps");
            text.append("  ").append(more).append('\n');
            html.append("<p>").append(Html.escape(more)).append("</p>");
        }
    }

    static String attachmentLine(CsvAttachment csv, AdminTexts t) {
        if (csv == null) {
            return "";
        }
        if (csv.omitted()) {
            return t.get("report.csv.omitted", csv.rows());
        }
        return t.count("report.csv", csv.rows(), csv.name(), csv.compressed() ? t.get("report.csv.gzip") : "");
    }

    /** "+12 (+25 %), from 48 the day before"; "+5 (none the day before)"; "unchanged (48)". */
    static String change(long total, long before, AdminTexts t) {
        long diff = total - before;
        if (diff == 0) {
            return t.get("report.unchanged", before);
        }
        if (before == 0) {
            return t.get("report.fromNone", signed(diff));
        }
        long percent = Math.round(diff * 100.0 / before);
        return t.get("report.changed", signed(diff), signed(percent), before);
    }

    private static String signed(long n) {
        return n > 0 ? "+" + n : Long.toString(n);
    }

    private static String dayLabel(DailyFailureReport r) {
        return r.day() + " (" + r.zone().getId() + ")";
    }

    private static String footer(AdminTexts t) {
        return "\n-- \n" + t.get("report.footer") + "\n";
    }

    private static String htmlFooter(AdminTexts t) {
        return "<p style=\"color:#666;font-size:smaller\">" + Html.escape(t.get("report.footer")) + "</p>";
    }

    /** A value for the text part: control characters (CR, LF, ESC...) become spaces. */
    static String plain(String s) {
        return PlainText.withoutControls(s);
    }
}
