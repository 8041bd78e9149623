package org.psmm.web.console;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.psmm.host.Host;
import org.psmm.host.HostService;
import org.psmm.settings.InvalidSettingException;
import org.psmm.settings.Settings;
import org.psmm.settings.ThresholdKind;

/** The per-host thresholds of settings.xhtml: a blank value means the global threshold applies. */
@Named
@ViewScoped
public class HostThresholdsPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Settings settings;

    @EJB
    private HostService hosts;

    /** One host's own thresholds, editable; null where the global one applies. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long hostId;
        private final String hostName;
        private Integer cpu;
        private Integer ram;
        private Integer disk;

        Row(Host host, Map<ThresholdKind, Integer> own) {
            this.hostId = host.getId();
            this.hostName = host.getName();
            this.cpu = own.get(ThresholdKind.CPU);
            this.ram = own.get(ThresholdKind.RAM);
            this.disk = own.get(ThresholdKind.DISK);
        }

        public long getHostId() {
            return hostId;
        }

        public String getHostName() {
            return hostName;
        }

        public Integer getCpu() {
            return cpu;
        }

        public void setCpu(Integer cpu) {
            this.cpu = cpu;
        }

        public Integer getRam() {
            return ram;
        }

        public void setRam(Integer ram) {
            this.ram = ram;
        }

        public Integer getDisk() {
            return disk;
        }

        public void setDisk(Integer disk) {
            this.disk = disk;
        }
    }

    private List<Row> rows;

    @PostConstruct
    void load() {
        Map<Long, Map<ThresholdKind, Integer>> own = settings.allHostThresholds();
        rows = new ArrayList<>();
        for (Host host : hosts.list()) {
            rows.add(new Row(host, own.getOrDefault(host.getId(), Map.of())));
        }
    }

    public List<Row> getRows() {
        return rows;
    }

    public void save(Row row) {
        Map<ThresholdKind, Integer> percents = new EnumMap<>(ThresholdKind.class);
        percents.put(ThresholdKind.CPU, row.getCpu());
        percents.put(ThresholdKind.RAM, row.getRam());
        percents.put(ThresholdKind.DISK, row.getDisk());
        try {
            settings.changeHostThresholds(row.getHostId(), percents,
                    FacesContext.getCurrentInstance().getExternalContext().getRemoteUser());
            ConsoleMessages.info(ConsoleMessages.text("thresholds.saved", row.getHostName()));
        } catch (InvalidSettingException e) {
            ConsoleMessages.error(e.getMessage());
        }
        load();
    }
}
