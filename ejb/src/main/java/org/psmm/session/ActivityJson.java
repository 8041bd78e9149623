package org.psmm.session;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.psmm.core.process.TopProcesses;
import org.psmm.core.session.OpenSession;

/**
 * host_activity's JSON, written and read with JSON-P (so host text is always a JSON string). A
 * process's memory percent is its rss over the host's MemTotal of the same poll.
 */
final class ActivityJson {

    private ActivityJson() {
    }

    static String sessions(List<OpenSession> sessions) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (OpenSession s : sessions) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("user", s.user()).add("session", s.session())
                    .add("name", s.name()).add("from", s.from()).add("since", s.since()).add("state", s.state().name());
            if (s.idleSeconds() != null) {
                o.add("idle", s.idleSeconds());
            }
            if (s.pid() != null) {
                o.add("pid", s.pid());
            }
            a.add(o);
        }
        return a.build().toString();
    }

    static List<OpenSession> sessions(String json) {
        List<OpenSession> out = new ArrayList<>();
        for (JsonValue v : read(json)) {
            JsonObject o = v.asJsonObject();
            out.add(new OpenSession(o.getString("user"), o.getString("session"), o.getString("name"), o.getString("from"),
                    o.getString("since"), o.containsKey("idle") ? o.getJsonNumber("idle").longValue() : null,
                    OpenSession.State.valueOf(o.getString("state")), o.containsKey("pid") ? o.getInt("pid") : null));
        }
        return out;
    }

    static String processes(TopProcesses.Top top, long memTotalKb) {
        return Json.createObjectBuilder().add("byCpu", rows(top.byCpu(), memTotalKb))
                .add("byMemory", rows(top.byMemory(), memTotalKb)).build().toString();
    }

    private static JsonArrayBuilder rows(List<TopProcesses.Row> rows, long memTotalKb) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (TopProcesses.Row r : rows) {
            var p = r.process();
            JsonObjectBuilder o = Json.createObjectBuilder().add("pid", p.pid()).add("user", p.user())
                    .add("command", p.command()).add("rssKb", p.rssKb())
                    .add("memPercent", memTotalKb > 0 ? Math.round(p.rssKb() * 1000.0 / memTotalKb) / 10.0 : 0)
                    .add("stat", p.stat()).add("tty", p.tty()).add("elapsedSeconds", p.elapsedSeconds())
                    .add("cpuSeconds", p.cpuSeconds());
            if (r.cpuPercent() != null) {
                o.add("cpuPercent", Math.round(r.cpuPercent() * 10) / 10.0);
            }
            a.add(o);
        }
        return a;
    }

    static List<ProcessRow> processes(String json, String list) {
        List<ProcessRow> out = new ArrayList<>();
        JsonObject top;
        try (var r = Json.createReader(new StringReader(json))) {
            top = r.readObject();
        }
        for (JsonValue v : top.getJsonArray(list)) {
            JsonObject o = v.asJsonObject();
            JsonNumber cpu = o.getJsonNumber("cpuPercent");
            out.add(new ProcessRow(o.getInt("pid"), o.getString("user"), o.getString("command"),
                    cpu == null ? null : cpu.doubleValue(), o.getJsonNumber("rssKb").longValue(),
                    o.getJsonNumber("memPercent").doubleValue(), o.getString("stat"), o.getString("tty"),
                    o.getJsonNumber("elapsedSeconds").longValue()));
        }
        return out;
    }

    private static JsonArray read(String json) {
        try (var r = Json.createReader(new StringReader(json))) {
            return r.readArray();
        }
    }
}
