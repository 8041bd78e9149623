package org.psmm.web.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.psmm.failure.HourCount;

class FailureChartsTest {

    private static final Instant NOW = Instant.parse("2026-12-02T15:20:00Z");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    private static JsonArray datasets(JsonObject chart) {
        return chart.getJsonObject("data").getJsonArray("datasets");
    }

    @Test
    void hoursAreStackedByServiceWithProbesASeriesOfTheirOwn() {
        List<HourCount> counts = List.of(
                new HourCount(Instant.parse("2026-12-02T15:00:00Z"), "ssh", "auth", 4),
                new HourCount(Instant.parse("2026-12-02T15:00:00Z"), "ssh", "authz", 1),
                new HourCount(Instant.parse("2026-12-02T14:00:00Z"), "ftp", "auth", 2),
                new HourCount(Instant.parse("2026-12-02T15:00:00Z"), "ssh", "probe", 7),
                new HourCount(Instant.parse("2026-12-01T10:00:00Z"), "ssh", "auth", 99)); // before the window
        JsonObject chart = parse(FailureCharts.hourly(counts, NOW, PARIS, "Probes"));
        JsonArray labels = chart.getJsonObject("data").getJsonArray("labels");
        assertEquals(24, labels.size());
        assertEquals("16:00", labels.getString(23), "the current hour, in the console's zone");
        JsonArray sets = datasets(chart);
        assertEquals(List.of("ftp", "ssh", "Probes"), sets.stream().map(v -> v.asJsonObject().getString("label")).toList());
        assertEquals(2, sets.getJsonObject(0).getJsonArray("data").getInt(22));
        assertEquals(5, sets.getJsonObject(1).getJsonArray("data").getInt(23), "auth and authz are failed logins");
        assertEquals(7, sets.getJsonObject(2).getJsonArray("data").getInt(23));
        assertEquals("logins", sets.getJsonObject(1).getString("stack"));
        assertEquals("probes", sets.getJsonObject(2).getString("stack"));
        long total = sets.stream().flatMap(v -> v.asJsonObject().getJsonArray("data").stream())
                .mapToLong(v -> ((jakarta.json.JsonNumber) v).longValue()).sum();
        assertEquals(14, total, "the row before the window is not drawn");
    }

    @Test
    void daysFoldHoursInTheConsolesZone() {
        // 23:30 UTC on Dec 1 is Dec 2 in Paris.
        List<HourCount> counts = List.of(new HourCount(Instant.parse("2026-12-01T23:00:00Z"), "web", "auth", 3),
                new HourCount(Instant.parse("2026-12-02T10:00:00Z"), "web", "auth", 1));
        JsonObject chart = parse(FailureCharts.daily(counts, NOW, PARIS, "Probes"));
        JsonArray labels = chart.getJsonObject("data").getJsonArray("labels");
        assertEquals(30, labels.size());
        assertEquals("12-02", labels.getString(29));
        assertEquals(4, datasets(chart).getJsonObject(0).getJsonArray("data").getInt(29));
        assertEquals(Instant.parse("2026-11-02T23:00:00Z"), FailureCharts.dailyFrom(NOW, PARIS));
    }

    @Test
    void aServiceNameFromALogCannotEndTheScript() {
        String json = FailureCharts.hourly(List.of(new HourCount(Instant.parse("2026-12-02T15:00:00Z"), "</script><script>alert(1)</script>", "auth", 1)),
                NOW, PARIS, "Probes");
        assertFalse(json.contains("<") || json.contains(">"), json);
        assertTrue(json.contains("\\u003c/script\\u003e"), json);
        assertEquals("</script><script>alert(1)</script>", datasets(parse(json)).getJsonObject(0).getString("label"));
    }
}
