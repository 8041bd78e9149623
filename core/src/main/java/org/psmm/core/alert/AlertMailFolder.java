package org.psmm.core.alert;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.psmm.core.notify.AdminTexts;

/**
 * Folds alert changes into at most one mail per recipient and interval: when a mail went less
 * than the interval ago, nothing is written and the changes wait; the next mail lists every
 * change since the last one and everything still open, with values and thresholds.
 */
public final class AlertMailFolder {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final Clock clock;
    private final Duration minInterval;
    private final AdminTexts texts;

    public AlertMailFolder(Clock clock, Duration minInterval, AdminTexts texts) {
        this.clock = clock;
        this.minInterval = minInterval;
        this.texts = texts;
    }

    /** Whether a mail may go to a recipient whose last alert mail went at {@code lastSentAt} (null: never). */
    public boolean mayMail(Instant lastSentAt) {
        return lastSentAt == null || !clock.instant().isBefore(lastSentAt.plus(minInterval));
    }

    /** The mail to write now, or empty when there is nothing new or it is too soon. */
    public Optional<AlertMail> fold(String recipient, Instant lastSentAt, List<AlertChange> changes, List<OpenAlert> open) {
        if (changes.isEmpty() || !mayMail(lastSentAt)) {
            return Optional.empty();
        }
        long raised = changes.stream().filter(AlertChange::raised).count();
        long resolved = changes.size() - raised;
        String subject = texts.count("alerts.subject", open.size(), raised, resolved);
        String changed = texts.get("alerts.changed");
        StringBuilder text = new StringBuilder(changed).append(":\n");
        StringBuilder html = new StringBuilder("<html><body style=\"font-family:sans-serif\"><h2>")
                .append(Html.escape(changed)).append("</h2><ul>");
        for (AlertChange c : changes) {
            String line = TIME.format(c.at()) + " " + texts.get(c.raised() ? "alerts.raised" : "alerts.resolved") + " "
                    + describe(texts, c.host(), c.kind(), c.mount(), c.value(), c.threshold());
            text.append("- ").append(line).append('\n');
            html.append("<li>").append(Html.escape(line)).append("</li>");
        }
        String stillOpen = texts.get("alerts.open", open.size());
        text.append('\n').append(stillOpen).append(":\n");
        html.append("</ul><h2>").append(Html.escape(stillOpen)).append("</h2><ul>");
        if (open.isEmpty()) {
            text.append("- ").append(texts.get("alerts.none")).append('\n');
            html.append("<li>").append(Html.escape(texts.get("alerts.none"))).append("</li>");
        }
        for (OpenAlert o : open) {
            String line = texts.get("alerts.since", describe(texts, o.host(), o.kind(), o.mount(), o.value(), o.threshold()),
                    TIME.format(o.since()));
            text.append("- ").append(line).append('\n');
            html.append("<li>").append(Html.escape(line)).append("</li>");
        }
        html.append("</ul></body></html>");
        return Optional.of(new AlertMail(recipient, subject, text.toString(), html.toString()));
    }

    static String describe(AdminTexts texts, String host, AlertKind kind, String mount, Double value, Integer threshold) {
        String what = texts.get("alerts.kind." + kind.name(), mount);
        String figures = value == null ? ""
                : texts.get("alerts.figures", String.format(texts.locale(), "%.1f", value), threshold);
        return host + ": " + what + figures;
    }
}
