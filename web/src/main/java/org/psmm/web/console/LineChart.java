package org.psmm.web.console;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;

/**
 * A Chart.js line chart as p:chart takes it: labels, one dataset per series (null = a gap), an
 * optional top of the y axis. Labels and series names may be text a host or a device reported
 * (mounts, interface names): the JSON is made safe for the inline script p:chart writes it into.
 */
final class LineChart {

    private static final String[] COLOURS = {"#2563eb", "#16a34a", "#dc2626", "#9333ea", "#ea580c", "#0891b2", "#ca8a04"};

    private LineChart() {
    }

    static String json(List<String> labels, Map<String, List<Double>> series, Integer max) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int c = 0;
        for (Map.Entry<String, List<Double>> e : series.entrySet()) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (Double v : e.getValue()) {
                if (v == null) {
                    data.addNull();
                } else {
                    data.add(Math.round(v * 10) / 10.0);
                }
            }
            String colour = COLOURS[c++ % COLOURS.length];
            datasets.add(Json.createObjectBuilder().add("label", e.getKey()).add("data", data).add("borderColor", colour)
                    .add("backgroundColor", colour).add("fill", false).add("tension", 0.2).add("pointRadius", 2)
                    .add("spanGaps", true));
        }
        JsonArrayBuilder labelArray = Json.createArrayBuilder();
        labels.forEach(labelArray::add);
        JsonObjectBuilder y = Json.createObjectBuilder().add("min", 0);
        if (max != null) {
            y.add("max", max);
        }
        return InlineJson.safe(Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labelArray).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("animation", false).add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder().add("y", y)))
                .build().toString());
    }
}
