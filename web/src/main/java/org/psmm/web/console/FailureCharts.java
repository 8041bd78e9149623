package org.psmm.web.console;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.psmm.failure.HourCount;

/**
 * Failed logins as Chart.js stacked bar charts for p:chart (issue 14 item 7): one bar per hour
 * (last 24 h) or per day (last 30 days), failed logins stacked by service, probes a separate
 * series beside them. Service names come from logs: they go in as JSON strings made safe for
 * the inline script (InlineJson), never concatenated into code.
 */
final class FailureCharts {

    private static final String[] COLOURS = {"#2563eb", "#16a34a", "#dc2626", "#9333ea", "#ea580c", "#0891b2", "#ca8a04"};
    private static final String PROBE_COLOUR = "#9ca3af";

    private FailureCharts() {
    }

    /** The 24 hours ending with the current one, labelled HH:00 in {@code zone}. */
    static String hourly(List<HourCount> counts, Instant now, ZoneId zone, String probesLabel) {
        Instant last = now.truncatedTo(ChronoUnit.HOURS);
        List<Instant> buckets = new ArrayList<>();
        for (int i = 23; i >= 0; i--) {
            buckets.add(last.minus(Duration.ofHours(i)));
        }
        DateTimeFormatter f = DateTimeFormatter.ofPattern("HH:00").withZone(zone);
        Map<Instant, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < buckets.size(); i++) {
            index.put(buckets.get(i), i);
        }
        return chart(buckets.stream().map(f::format).toList(), counts, c -> index.get(c.hour()), probesLabel);
    }

    /** The 30 days ending today in {@code zone}, labelled MM-dd. */
    static String daily(List<HourCount> counts, Instant now, ZoneId zone, String probesLabel) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        Map<LocalDate, Integer> index = new LinkedHashMap<>();
        List<String> labels = new ArrayList<>();
        DateTimeFormatter f = DateTimeFormatter.ofPattern("MM-dd");
        for (int i = 29; i >= 0; i--) {
            LocalDate d = today.minusDays(i);
            index.put(d, index.size());
            labels.add(f.format(d));
        }
        return chart(labels, counts, c -> index.get(LocalDate.ofInstant(c.hour(), zone)), probesLabel);
    }

    /** Where a day's window of {@link #daily} starts. */
    static Instant dailyFrom(Instant now, ZoneId zone) {
        return LocalDate.ofInstant(now, zone).minusDays(29).atStartOfDay(zone).toInstant();
    }

    /** Where the hourly window of {@link #hourly} starts. */
    static Instant hourlyFrom(Instant now) {
        return now.truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(23));
    }


    private interface Bucket {
        Integer of(HourCount c);
    }

    private static String chart(List<String> labels, List<HourCount> counts, Bucket bucket, String probesLabel) {
        Map<String, long[]> perService = new TreeMap<>();
        long[] probes = new long[labels.size()];
        for (HourCount c : counts) {
            Integer i = bucket.of(c);
            if (i == null) {
                continue;
            }
            if (c.probe()) {
                probes[i] += c.count();
            } else {
                perService.computeIfAbsent(c.service(), s -> new long[labels.size()])[i] += c.count();
            }
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int n = 0;
        for (Map.Entry<String, long[]> e : perService.entrySet()) {
            String colour = COLOURS[n++ % COLOURS.length];
            datasets.add(Json.createObjectBuilder().add("label", e.getKey()).add("data", array(e.getValue()))
                    .add("backgroundColor", colour).add("borderColor", colour).add("stack", "logins"));
        }
        datasets.add(Json.createObjectBuilder().add("label", probesLabel).add("data", array(probes))
                .add("backgroundColor", PROBE_COLOUR).add("borderColor", PROBE_COLOUR).add("stack", "probes"));
        JsonArrayBuilder labelArray = Json.createArrayBuilder();
        labels.forEach(labelArray::add);
        return InlineJson.safe(Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labelArray).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("animation", false).add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("stacked", true))
                                .add("y", Json.createObjectBuilder().add("stacked", true).add("beginAtZero", true)
                                        .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString());
    }

    private static JsonArrayBuilder array(long[] values) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (long v : values) {
            a.add(v);
        }
        return a;
    }
}
