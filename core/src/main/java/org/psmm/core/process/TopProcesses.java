package org.psmm.core.process;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The top processes of one poll: by CPU now, from the CPU time each process used since the
 * previous poll (ps's own %CPU is a lifetime average), and by resident memory. A process of the
 * previous poll is the same one only if its age grew by the time between the two polls (the
 * host's uptime difference, 2 s of slack): a reused pid is a new process, with no CPU value.
 */
public final class TopProcesses {

    /** One row: the process, its CPU now in percent of one core (null: first seen). */
    public record Row(ProcessSample process, Double cpuPercent) {
    }

    public record Top(List<Row> byCpu, List<Row> byMemory) {
    }

    /** What a host's previous poll left: its processes by pid and the host's uptime then. */
    public record Snapshot(Map<Integer, ProcessSample> byPid, double uptimeSeconds) {

        public static Snapshot of(List<ProcessSample> processes, double uptimeSeconds) {
            Map<Integer, ProcessSample> m = new HashMap<>();
            processes.forEach(p -> m.put(p.pid(), p));
            return new Snapshot(m, uptimeSeconds);
        }
    }

    private TopProcesses() {
    }

    public static Top compute(Snapshot previous, List<ProcessSample> now, double uptimeSeconds, int limit) {
        double interval = previous == null ? 0 : uptimeSeconds - previous.uptimeSeconds();
        List<Row> rows = new ArrayList<>(now.size());
        for (ProcessSample p : now) {
            Double cpu = null;
            if (previous != null && interval > 0) {
                ProcessSample before = previous.byPid().get(p.pid());
                if (before != null && Math.abs((p.elapsedSeconds() - before.elapsedSeconds()) - interval) <= 2) {
                    cpu = Math.max(0, (p.cpuSeconds() - before.cpuSeconds()) * 100.0 / interval);
                }
            }
            rows.add(new Row(p, cpu));
        }
        List<Row> byCpu = rows.stream().filter(r -> r.cpuPercent() != null)
                .sorted(Comparator.comparingDouble(Row::cpuPercent).reversed()
                        .thenComparing(Comparator.comparingLong((Row r) -> r.process().rssKb()).reversed()))
                .limit(limit).toList();
        List<Row> byMemory = rows.stream().sorted(Comparator.comparingLong((Row r) -> r.process().rssKb()).reversed())
                .limit(limit).toList();
        return new Top(byCpu, byMemory);
    }
}
