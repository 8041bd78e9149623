package org.psmm.core.alert;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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

    public AlertMailFolder(Clock clock, Duration minInterval) {
        this.clock = clock;
        this.minInterval = minInterval;
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
        String subject = "[PSMM] " + open.size() + " open alert" + (open.size() == 1 ? "" : "s") + ": " + raised
                + " raised, " + resolved + " resolved";
        StringBuilder text = new StringBuilder("What changed since the last alert mail:\n");
        StringBuilder html = new StringBuilder("<html><body style=\"font-family:sans-serif\"><h2>What changed since the last alert mail</h2><ul>");
        for (AlertChange c : changes) {
            String line = TIME.format(c.at()) + " " + (c.raised() ? "RAISED " : "RESOLVED ") + describe(c.host(), c.kind(),
                    c.mount(), c.value(), c.threshold());
            text.append("- ").append(line).append('\n');
            html.append("<li>").append(Html.escape(line)).append("</li>");
        }
        text.append("\nStill open (").append(open.size()).append("):\n");
        html.append("</ul><h2>Still open (").append(open.size()).append(")</h2><ul>");
        if (open.isEmpty()) {
            text.append("- none\n");
            html.append("<li>none</li>");
        }
        for (OpenAlert o : open) {
            String line = describe(o.host(), o.kind(), o.mount(), o.value(), o.threshold()) + ", since " + TIME.format(o.since());
            text.append("- ").append(line).append('\n');
            html.append("<li>").append(Html.escape(line)).append("</li>");
        }
        html.append("</ul></body></html>");
        return Optional.of(new AlertMail(recipient, subject, text.toString(), html.toString()));
    }

    static String describe(String host, AlertKind kind, String mount, Double value, Integer threshold) {
        String what = switch (kind) {
            case CPU -> "CPU";
            case RAM -> "RAM";
            case DISK -> "disk " + mount;
            case HOST_DOWN -> "host down";
            case BACKUP_FAILED -> "database backup failed";
        };
        String figures = value == null ? "" : String.format(Locale.ROOT, " %.1f %% (threshold %d %%)", value, threshold);
        return host + ": " + what + figures;
    }
}
