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
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.psmm.alert.AlertRow;
import org.psmm.alert.DeviceAlertService;
import org.psmm.device.Device;
import org.psmm.device.DeviceEvent;
import org.psmm.device.DeviceHistory;
import org.psmm.device.DeviceInterface;
import org.psmm.device.DeviceResource;
import org.psmm.device.DeviceSample;
import org.psmm.device.DeviceService;
import org.psmm.device.InterfaceSample;
import org.psmm.device.ResourceKind;
import org.psmm.device.ResourceSample;
import org.psmm.error.PsmmException;
import org.psmm.settings.ThresholdKind;

/**
 * device.xhtml?id=ID: what a device reported (hostile text, escaped by the page), its interfaces
 * with status and current rates, traffic of one interface and CPU, memory and storage over 1, 6,
 * 24 hours or 7 days (Chart.js JSON built here and made safe for an inline script), its alerts,
 * events and own thresholds; poll and discover now.
 */
@Named
@ViewScoped
public class DevicePage implements Serializable {

    @Inject
    private TimeFormat time;

    private static final long serialVersionUID = 1L;
    private static final List<Integer> WINDOWS = List.of(1, 6, 24, 168);

    @EJB
    private DeviceService devices;

    @EJB
    private DeviceHistory history;

    @EJB
    private DeviceAlertService deviceAlerts;

    @jakarta.inject.Inject
    private DeviceRounds rounds;

    private Long deviceId;
    private Long interfaceId;
    private int hours = 6;
    private Device device;
    private List<DeviceInterface> interfaces = List.of();
    private List<AlertRow> alerts = List.of();
    private List<DeviceEvent> events = List.of();
    private String trafficChart;
    private String systemChart;
    private String storageChart;
    private boolean hasStorage;
    private Map<ThresholdKind, Integer> thresholds = new EnumMap<>(ThresholdKind.class);

    public void load() {
        if (deviceId == null) {
            device = null;
            return;
        }
        try {
            device = devices.get(deviceId);
        } catch (PsmmException e) {
            device = null;
            return;
        }
        interfaces = devices.interfaces(deviceId);
        if (interfaceId == null || interfaces.stream().noneMatch(i -> i.getId().equals(interfaceId))) {
            interfaceId = interfaces.stream().filter(DeviceInterface::isPresent)
                    .max(java.util.Comparator.comparingDouble(i -> (i.getInBps() == null ? 0 : i.getInBps())
                            + (i.getOutBps() == null ? 0 : i.getOutBps())))
                    .map(DeviceInterface::getId).orElse(null);
        }
        alerts = deviceAlerts.openFor(deviceId, device.getName());
        events = history.events(deviceId, 50);
        thresholds = new EnumMap<>(ThresholdKind.class);
        thresholds.putAll(devices.thresholds(deviceId));
        Duration window = Duration.ofHours(hours);
        DateTimeFormatter label = DateTimeFormatter.ofPattern(hours > 24 ? "MM-dd HH:mm" : "HH:mm").withZone(time.zone());
        List<InterfaceSample> traffic = interfaceId == null ? List.of() : history.interfaceSamples(deviceId, interfaceId, window);
        Map<String, List<Double>> series = new LinkedHashMap<>();
        series.put(ConsoleMessages.text("device.chart.in"), traffic.stream().map(InterfaceSample::getInBps).toList());
        series.put(ConsoleMessages.text("device.chart.out"), traffic.stream().map(InterfaceSample::getOutBps).toList());
        trafficChart = LineChart.json(traffic.stream().map(s -> label.format(s.getTakenAt())).toList(), series, null);
        List<DeviceSample> samples = history.samples(deviceId, window);
        Map<String, List<Double>> system = new LinkedHashMap<>();
        system.put(ConsoleMessages.text("device.cpu"), samples.stream().map(DeviceSample::getCpuPercent).toList());
        system.put(ConsoleMessages.text("device.memory"), samples.stream().map(DeviceSample::getMemPercent).toList());
        systemChart = LineChart.json(samples.stream().map(s -> label.format(s.getTakenAt())).toList(), system, 100);
        storageChart = storage(label, window);
    }

    private String storage(DateTimeFormatter label, Duration window) {
        Map<Integer, String> names = new HashMap<>();
        for (DeviceResource r : history.resources(deviceId)) {
            if (r.getKind() == ResourceKind.STORAGE && r.getStorageKind() == org.psmm.core.snmp.StorageKind.FIXED_DISK) {
                names.put(r.getHrIndex(), r.getDescr() == null ? "#" + r.getHrIndex() : r.getDescr());
            }
        }
        List<Instant> times = new ArrayList<>();
        Map<Instant, Integer> column = new HashMap<>();
        Map<String, Map<Instant, Double>> values = new LinkedHashMap<>();
        for (ResourceSample s : history.resourceSamples(deviceId, window)) {
            String name = s.getKind() == ResourceKind.STORAGE ? names.get(s.getHrIndex()) : null;
            if (name == null) {
                continue;
            }
            if (!column.containsKey(s.getTakenAt())) {
                column.put(s.getTakenAt(), times.size());
                times.add(s.getTakenAt());
            }
            values.computeIfAbsent(name, n -> new HashMap<>()).put(s.getTakenAt(), s.getPercent());
        }
        hasStorage = !values.isEmpty();
        Map<String, List<Double>> series = new LinkedHashMap<>();
        values.forEach((name, byTime) -> series.put(name, times.stream().map(byTime::get).toList()));
        return LineChart.json(times.stream().map(label::format).toList(), series, 100);
    }

    public void pollNow() {
        rounds.pollAll();
        load();
    }

    public void discoverNow() {
        rounds.discover(deviceId);
        load();
    }

    public void togglePortAlert(DeviceInterface i) {
        devices.setPortAlert(deviceId, i.getId(), !i.isAlertEnabled());
        load();
    }

    public void saveThresholds(String by) {
        Map<ThresholdKind, Integer> percents = new EnumMap<>(ThresholdKind.class);
        for (ThresholdKind k : ThresholdKind.values()) {
            percents.put(k, thresholds.get(k));
        }
        try {
            devices.changeThresholds(deviceId, percents, by);
            ConsoleMessages.info(ConsoleMessages.text("device.thresholdsSaved"));
        } catch (PsmmException e) {
            ConsoleMessages.error(e.getMessage());
        }
        load();
    }

    public Integer getCpuThreshold() {
        return thresholds.get(ThresholdKind.CPU);
    }

    public void setCpuThreshold(Integer v) {
        thresholds.put(ThresholdKind.CPU, v);
    }

    public Integer getRamThreshold() {
        return thresholds.get(ThresholdKind.RAM);
    }

    public void setRamThreshold(Integer v) {
        thresholds.put(ThresholdKind.RAM, v);
    }

    public Integer getDiskThreshold() {
        return thresholds.get(ThresholdKind.DISK);
    }

    public void setDiskThreshold(Integer v) {
        thresholds.put(ThresholdKind.DISK, v);
    }

    public Device getDevice() {
        return device;
    }

    public List<DeviceInterface> getInterfaces() {
        return interfaces;
    }

    public List<DeviceInterface> getPresentInterfaces() {
        return interfaces.stream().filter(DeviceInterface::isPresent).toList();
    }

    public List<AlertRow> getAlerts() {
        return alerts;
    }

    public List<DeviceEvent> getEvents() {
        return events;
    }

    public String getTrafficChart() {
        return trafficChart;
    }

    public String getSystemChart() {
        return systemChart;
    }

    public String getStorageChart() {
        return storageChart;
    }

    public boolean isHasStorage() {
        return hasStorage;
    }

    public Long getDeviceId() {
        return deviceId;
    }

    public void setDeviceId(Long deviceId) {
        this.deviceId = deviceId;
    }

    public Long getInterfaceId() {
        return interfaceId;
    }

    public void setInterfaceId(Long interfaceId) {
        this.interfaceId = interfaceId;
    }

    public int getHours() {
        return hours;
    }

    public void setHours(int hours) {
        this.hours = WINDOWS.contains(hours) ? hours : 6;
    }
}
