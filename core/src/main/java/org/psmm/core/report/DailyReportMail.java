package org.psmm.core.report;

import java.util.List;
import java.util.Locale;
import org.psmm.core.alert.Html;

/**
 * Writes the daily report mail from its figures. Everything that comes from a log (user names,
 * IPs, host names an operator typed) is escaped in the HTML part and stripped of control
 * characters in the text part, so a name cannot add markup or fake lines.
 */
public final class DailyReportMail {

    private DailyReportMail() {
    }

    public static ReportMail compose(DailyFailureReport r) {
        return r.nothingHappened() ? quiet(r) : full(r);
    }

    /** The short mail of a day without failures: still sent, so silence never means "no report". */
    private static ReportMail quiet(DailyFailureReport r) {
        String day = dayLabel(r);
        String subject = "[PSMM] Failed logins on " + r.day() + ": none" + (r.partial() ? " so far" : "");
        String summary = "Nothing happened: no failed login on " + day + (r.partial() ? " so far" : "") + ".";
        String before = "The day before: " + r.previousDayTotal() + ".";
        String text = summary + "\n" + before + "\n" + footer();
        String html = "<html><body style=\"font-family:sans-serif\"><h2>" + Html.escape(summary) + "</h2><p>"
                + Html.escape(before) + "</p>" + htmlFooter() + "</body></html>";
        return new ReportMail(subject, text, html);
    }

    private static ReportMail full(DailyFailureReport r) {
        String change = change(r.total(), r.previousDayTotal());
        String subject = "[PSMM] Failed logins on " + r.day() + ": " + r.total() + (r.partial() ? " so far" : "") + " ("
                + signed(r.total() - r.previousDayTotal()) + " vs the day before)";
        String headline = r.total() + " failed login" + (r.total() == 1 ? "" : "s") + " on " + dayLabel(r)
                + (r.partial() ? " so far (the day is not over)" : "");
        StringBuilder text = new StringBuilder(headline).append('\n')
                .append("Change from the day before: ").append(change).append("\n");
        StringBuilder html = new StringBuilder("<html><body style=\"font-family:sans-serif\"><h2>")
                .append(Html.escape(headline)).append("</h2><p>Change from the day before: <b>")
                .append(Html.escape(change)).append("</b></p>");
        section(text, html, "Per service", "Service", r.byService(), false);
        section(text, html, "Per host", "Host", r.byHost(), false);
        section(text, html, "Top " + r.topIps().size() + " source IPs", "Source IP", r.topIps(), true);
        section(text, html, "Top " + r.topUsers().size() + " user names", "User name", r.topUsers(), true);
        multiService(text, html, r);
        String attached = attachmentLine(r.csv());
        text.append('\n').append(attached).append('\n').append(footer());
        html.append("<p>").append(Html.escape(attached)).append("</p>").append(htmlFooter()).append("</body></html>");
        return new ReportMail(subject, text.toString(), html.toString());
    }

    private static void section(StringBuilder text, StringBuilder html, String title, String column, List<Count> counts,
            boolean ranked) {
        text.append('\n').append(title).append(":\n");
        html.append("<h3>").append(Html.escape(title)).append("</h3>");
        if (counts.isEmpty()) {
            text.append("  (none)\n");
            html.append("<p>(none)</p>");
            return;
        }
        html.append("<table cellpadding=\"4\" style=\"border-collapse:collapse\"><tr>")
                .append(ranked ? "<th align=\"right\">#</th>" : "")
                .append("<th align=\"left\">").append(column).append("</th><th align=\"right\">Failures</th></tr>");
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

    private static void multiService(StringBuilder text, StringBuilder html, DailyFailureReport r) {
        String title = "IPs seen on more than one service";
        text.append('\n').append(title).append(":\n");
        html.append("<h3>").append(title).append("</h3>");
        if (r.multiServiceIps().isEmpty()) {
            text.append("  (none)\n");
            html.append("<p>(none)</p>");
            return;
        }
        html.append("<table cellpadding=\"4\" style=\"border-collapse:collapse\"><tr><th align=\"left\">Source IP</th>"
                + "<th align=\"left\">Services</th><th align=\"right\">Failures</th></tr>");
        for (MultiServiceIp ip : r.multiServiceIps()) {
            String services = String.join(", ", ip.services());
            text.append(String.format(Locale.ROOT, "  %8d  %s  (%s)%n", ip.count(), plain(ip.ip()), plain(services)));
            html.append("<tr><td>").append(Html.escape(ip.ip())).append("</td><td>").append(Html.escape(services))
                    .append("</td><td align=\"right\">").append(ip.count()).append("</td></tr>");
        }
        html.append("</table>");
        if (r.moreMultiServiceIps()) {
            String more = "(more such IPs: see the attached list)";
            text.append("  ").append(more).append('\n');
            html.append("<p>").append(more).append("</p>");
        }
    }

    static String attachmentLine(CsvAttachment csv) {
        if (csv == null) {
            return "";
        }
        if (csv.omitted()) {
            return "Every failure (" + csv.rows() + " rows) is too much for one mail: export them from the Failures page"
                    + " or GET /psmm/api/failures.csv with this day as from and to.";
        }
        return "Every failure: " + csv.name() + " (" + csv.rows() + " row" + (csv.rows() == 1 ? "" : "s")
                + (csv.compressed() ? ", gzip-compressed" : "") + "), attached.";
    }

    /** "+12 (+25 %), from 48 the day before"; "+5 (none the day before)"; "unchanged (48)". */
    static String change(long total, long before) {
        long diff = total - before;
        if (diff == 0) {
            return "unchanged (" + before + " the day before)";
        }
        if (before == 0) {
            return signed(diff) + " (none the day before)";
        }
        long percent = Math.round(diff * 100.0 / before);
        return signed(diff) + " (" + signed(percent) + " %), from " + before + " the day before";
    }

    private static String signed(long n) {
        return n > 0 ? "+" + n : Long.toString(n);
    }

    private static String dayLabel(DailyFailureReport r) {
        return r.day() + " (" + r.zone().getId() + ")";
    }

    private static String footer() {
        return "\n-- \nPSMM daily report. Its time and whether it is sent are in Settings; "
                + "the Reports page sends the report of any day.\n";
    }

    private static String htmlFooter() {
        return "<p style=\"color:#666;font-size:smaller\">PSMM daily report. Its time and whether it is sent are in "
                + "Settings; the Reports page sends the report of any day.</p>";
    }

    /** A value for the text part: control characters (CR, LF, ESC...) become spaces. */
    static String plain(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(Character.isISOControl(c) ? ' ' : c);
        }
        return out.toString();
    }
}
