package org.psmm.web.console;

import jakarta.inject.Inject;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.psmm.host.Host;
import org.psmm.host.HostNotFoundException;
import org.psmm.host.HostService;
import org.psmm.metrics.DiskSample;
import org.psmm.metrics.MetricSample;
import org.psmm.metrics.MetricsHistory;

/**
 * host-metrics.xhtml?host=ID: CPU, RAM and each disk of a host over 1, 6, 24 or 72 hours as
 * Chart.js line charts (p:chart with JSON built by LineChart; host data goes in as JSON strings, safe in the script).
 */
@Named
@ViewScoped
public class HostMetricsPage implements Serializable {

    @Inject
    private TimeFormat time;

    private static final long serialVersionUID = 1L;

    @EJB
    private HostService hosts;

    @EJB
    private MetricsHistory history;

    private Long hostId;
    private int hours = 6;
    private String hostName;
    private String cpuChart;
    private String ramChart;
    private String diskChart;
    private int sampleCount;

    public void load() {
        List<Host> all = hosts.list();
        if (hostId == null && !all.isEmpty()) {
            hostId = all.get(0).getId();
        }
        if (hostId == null) {
            return;
        }
        Host host;
        try {
            host = hosts.get(hostId);
        } catch (HostNotFoundException e) {
            hostId = null;
            return;
        }
        hostName = host.getName();
        Duration window = Duration.ofHours(hours);
        List<MetricSample> samples = history.samples(hostId, window);
        sampleCount = samples.size();
        DateTimeFormatter label = DateTimeFormatter.ofPattern(hours > 24 ? "MM-dd HH:mm" : "HH:mm")
                .withZone(time.zone());
        List<String> labels = samples.stream().map(s -> label.format(s.getTakenAt())).toList();
        cpuChart = chart(labels, Map.of("CPU %", samples.stream().map(MetricSample::getCpuPercent).toList()));
        ramChart = chart(labels, Map.of("RAM %", samples.stream().map(s -> (Double) s.getRamPercent()).toList()));
        Map<Instant, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < samples.size(); i++) {
            index.put(samples.get(i).getTakenAt(), i);
        }
        Set<String> mounts = new LinkedHashSet<>();
        List<DiskSample> disks = history.disks(hostId, window);
        disks.forEach(d -> mounts.add(d.getMount()));
        Map<String, List<Double>> perMount = new LinkedHashMap<>();
        for (String m : mounts) {
            List<Double> values = new ArrayList<>();
            for (int i = 0; i < samples.size(); i++) {
                values.add(null);
            }
            perMount.put(m, values);
        }
        for (DiskSample d : disks) {
            Integer i = index.get(d.getTakenAt());
            if (i != null) {
                perMount.get(d.getMount()).set(i, d.getUsedPercent());
            }
        }
        diskChart = chart(labels, perMount);
    }

    private static String chart(List<String> labels, Map<String, List<Double>> series) {
        return LineChart.json(labels, series, 100);
    }

    public List<Host> getHosts() {
        return hosts.list();
    }

    public Long getHostId() {
        return hostId;
    }

    public void setHostId(Long hostId) {
        this.hostId = hostId;
    }

    public int getHours() {
        return hours;
    }

    public void setHours(int hours) {
        this.hours = List.of(1, 6, 24, 72).contains(hours) ? hours : 6;
    }

    public String getHostName() {
        return hostName;
    }

    public String getCpuChart() {
        return cpuChart;
    }

    public String getRamChart() {
        return ramChart;
    }

    public String getDiskChart() {
        return diskChart;
    }

    public int getSampleCount() {
        return sampleCount;
    }
}
