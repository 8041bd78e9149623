package org.psmm.device;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.psmm.core.snmp.AuthProtocol;
import org.psmm.core.snmp.PrivProtocol;
import org.psmm.core.snmp.SnmpVersion;
import org.psmm.core.snmp.SystemInfo;

/**
 * A network device PSMM reads over SNMP. Its secrets (community, v3 passwords) are stored sealed
 * and never leave this class but to {@link DeviceTargets}. What discovery read (sysName, sysDescr,
 * sysLocation...) came from the device and is hostile text.
 */
@Entity
@Table(name = "device")
public class Device {

    static final String COMMUNITY = "device.community";
    static final String AUTH_PASSWORD = "device.v3_auth_password";
    static final String PRIV_PASSWORD = "device.v3_priv_password";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String name;

    @Column(nullable = false)
    private String address;

    @Column(nullable = false)
    private int port;

    @Column(length = 64)
    private String site;

    @Column(length = 2000)
    private String notes;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "host_id")
    private Long hostId;

    @Enumerated(EnumType.STRING)
    @Column(name = "snmp_version", nullable = false, length = 8)
    private SnmpVersion snmpVersion;

    @Column(length = 1000)
    private String community;

    @Column(name = "v3_user", length = 64)
    private String v3User;

    @Enumerated(EnumType.STRING)
    @Column(name = "v3_auth_protocol", length = 8)
    private AuthProtocol v3AuthProtocol;

    @Column(name = "v3_auth_password", length = 1000)
    private String v3AuthPassword;

    @Enumerated(EnumType.STRING)
    @Column(name = "v3_priv_protocol", length = 8)
    private PrivProtocol v3PrivProtocol;

    @Column(name = "v3_priv_password", length = 1000)
    private String v3PrivPassword;

    @Column(name = "port_alerts", nullable = false)
    private boolean portAlerts;

    @Column(name = "sys_name")
    private String sysName;

    @Column(name = "sys_descr", length = 1000)
    private String sysDescr;

    @Column(name = "sys_object_id")
    private String sysObjectId;

    @Column(length = 64)
    private String vendor;

    @Column(name = "sys_location")
    private String sysLocation;

    @Column(name = "sys_contact")
    private String sysContact;

    @Column(name = "host_resources", nullable = false)
    private boolean hostResources;

    @Column(name = "discovered_at")
    private Instant discoveredAt;

    @Column(name = "discovery_error", length = 1000)
    private String discoveryError;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private DeviceStatus status = DeviceStatus.UNKNOWN;

    @Column(name = "status_reason", length = 16)
    private String statusReason;

    @Column(name = "status_error", length = 1000)
    private String statusError;

    @Column(name = "failed_polls", nullable = false)
    private int failedPolls;

    @Column(name = "last_poll_at")
    private Instant lastPollAt;

    @Column(name = "last_answer_at")
    private Instant lastAnswerAt;

    @Column(name = "sys_uptime")
    private Long sysUptime;

    @Column(name = "system_uptime")
    private Long systemUptime;

    @Column(name = "restarted_at")
    private Instant restartedAt;

    @Column(name = "cpu_percent")
    private Double cpuPercent;

    @Column(name = "mem_percent")
    private Double memPercent;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Device() {
        // for JPA
    }

    Device(Instant now) {
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The form's plain fields; secrets are set by {@link DeviceService} (sealed). */
    void apply(DeviceForm form, Instant now) {
        this.name = form.getName().trim();
        this.address = form.getAddress().trim();
        this.port = form.getPort();
        this.site = blankToNull(form.getSite());
        this.notes = blankToNull(form.getNotes());
        this.enabled = form.isEnabled();
        this.hostId = form.getHostId();
        this.portAlerts = form.isPortAlerts();
        this.snmpVersion = form.snmpVersion();
        if (snmpVersion == SnmpVersion.V2C) {
            this.v3User = null;
            this.v3AuthProtocol = null;
            this.v3AuthPassword = null;
            this.v3PrivProtocol = null;
            this.v3PrivPassword = null;
        } else {
            this.community = null;
            this.v3User = form.getV3User().trim();
            this.v3AuthProtocol = form.authProtocol();
            this.v3PrivProtocol = form.privProtocol();
        }
        this.updatedAt = now;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    void sealedCommunity(String sealed) {
        this.community = sealed;
    }

    void sealedAuthPassword(String sealed) {
        this.v3AuthPassword = sealed;
    }

    void sealedPrivPassword(String sealed) {
        this.v3PrivPassword = sealed;
        if (sealed == null) {
            this.v3PrivProtocol = null;
        }
    }

    void discovered(SystemInfo s, boolean hostResources, Instant at) {
        this.sysName = s.name();
        this.sysDescr = s.descr();
        this.sysObjectId = s.objectId();
        String v = s.vendor();
        this.vendor = v == null ? null : v.length() > 64 ? v.substring(0, 64) : v;
        this.sysLocation = s.location();
        this.sysContact = s.contact();
        this.hostResources = hostResources;
        this.discoveredAt = at;
        this.discoveryError = null;
    }

    void discoveryFailed(String error, Instant at) {
        this.discoveryError = cut(error, 1000);
        if (this.discoveredAt == null) {
            this.lastPollAt = at;
        }
    }

    /** An answer to a poll: back up, failures reset. Returns whether it was down before. */
    boolean answered(Instant at, Long sysUptime, Long systemUptime, Double cpu, Double mem) {
        boolean wasDown = status == DeviceStatus.DOWN;
        this.status = DeviceStatus.UP;
        this.statusReason = null;
        this.statusError = null;
        this.failedPolls = 0;
        this.lastPollAt = at;
        this.lastAnswerAt = at;
        this.sysUptime = sysUptime;
        this.systemUptime = systemUptime;
        this.cpuPercent = cpu;
        this.memPercent = mem;
        return wasDown;
    }

    /** A poll without an answer; down once {@code downAfter} polls in a row failed. Returns whether it went down now. */
    boolean failed(Instant at, String reason, String error, int downAfter) {
        this.failedPolls++;
        this.lastPollAt = at;
        this.statusReason = reason;
        this.statusError = cut(error, 1000);
        if (failedPolls >= downAfter && status != DeviceStatus.DOWN) {
            this.status = DeviceStatus.DOWN;
            return true;
        }
        if (status == DeviceStatus.UP && failedPolls < downAfter) {
            this.status = DeviceStatus.UNKNOWN;
        }
        return false;
    }

    void restarted(Instant at) {
        this.restartedAt = at;
    }

    static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    String getCommunity() {
        return community;
    }

    String getV3AuthPassword() {
        return v3AuthPassword;
    }

    String getV3PrivPassword() {
        return v3PrivPassword;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    public int getPort() {
        return port;
    }

    public String getSite() {
        return site;
    }

    public String getNotes() {
        return notes;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Long getHostId() {
        return hostId;
    }

    public SnmpVersion getSnmpVersion() {
        return snmpVersion;
    }

    public String getV3User() {
        return v3User;
    }

    public AuthProtocol getV3AuthProtocol() {
        return v3AuthProtocol;
    }

    public PrivProtocol getV3PrivProtocol() {
        return v3PrivProtocol;
    }

    /** Whether a community / auth password / priv password is stored (never what it is). */
    public boolean isCommunitySet() {
        return community != null;
    }

    public boolean isAuthPasswordSet() {
        return v3AuthPassword != null;
    }

    public boolean isPrivPasswordSet() {
        return v3PrivPassword != null;
    }

    public boolean isPortAlerts() {
        return portAlerts;
    }

    public String getSysName() {
        return sysName;
    }

    public String getSysDescr() {
        return sysDescr;
    }

    public String getSysObjectId() {
        return sysObjectId;
    }

    public String getVendor() {
        return vendor;
    }

    public String getSysLocation() {
        return sysLocation;
    }

    public String getSysContact() {
        return sysContact;
    }

    public boolean isHostResources() {
        return hostResources;
    }

    public Instant getDiscoveredAt() {
        return discoveredAt;
    }

    public String getDiscoveryError() {
        return discoveryError;
    }

    public DeviceStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public String getStatusError() {
        return statusError;
    }

    public int getFailedPolls() {
        return failedPolls;
    }

    public Instant getLastPollAt() {
        return lastPollAt;
    }

    public Instant getLastAnswerAt() {
        return lastAnswerAt;
    }

    public Long getSysUptime() {
        return sysUptime;
    }

    public Long getSystemUptime() {
        return systemUptime;
    }

    /** Seconds of system uptime at the last answer, or null. */
    public Long getUptimeSeconds() {
        return systemUptime == null ? null : systemUptime / 100;
    }

    public Instant getRestartedAt() {
        return restartedAt;
    }

    public Double getCpuPercent() {
        return cpuPercent;
    }

    public Double getMemPercent() {
        return memPercent;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
