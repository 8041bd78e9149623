package org.psmm.device;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.psmm.core.snmp.AuthProtocol;
import org.psmm.core.snmp.PrivProtocol;
import org.psmm.core.snmp.SnmpVersion;
import org.psmm.error.PsmmException;

/**
 * What a person types to add or change a device, in the console or as API JSON
 * ({@code {"name","address","port","site","version":"v2c"|"v3","community","v3User",
 * "v3AuthProtocol":"SHA"|"SHA256","v3AuthPassword","v3PrivProtocol":"AES","v3PrivPassword"}}).
 * Secrets are write-only: on a change, an empty one keeps what is stored.
 */
public class DeviceForm {

    @NotBlank
    @Size(max = 64)
    @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "{org.psmm.host.name.pattern}")
    private String name;

    /** A DNS name, an IPv4 or an IPv6 address. */
    @NotBlank
    @Size(max = 255)
    @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:-]*", message = "{org.psmm.host.address.pattern}")
    private String address;

    @Min(1)
    @Max(65535)
    private int port = 161;

    @Size(max = 64)
    private String site;

    @Size(max = 2000)
    private String notes;

    private boolean enabled = true;

    private Long hostId;

    private boolean portAlerts = true;

    private String version = "v2c";

    @Size(max = 255)
    private String community;

    @Size(max = 64)
    @Pattern(regexp = "[A-Za-z0-9._@-]*", message = "{org.psmm.device.v3User.pattern}")
    private String v3User;

    private String v3AuthProtocol = "SHA";

    @Size(max = 255)
    private String v3AuthPassword;

    private String v3PrivProtocol = "AES";

    @Size(max = 255)
    private String v3PrivPassword;

    public static DeviceForm of(Device d) {
        DeviceForm f = new DeviceForm();
        f.name = d.getName();
        f.address = d.getAddress();
        f.port = d.getPort();
        f.site = d.getSite();
        f.notes = d.getNotes();
        f.enabled = d.isEnabled();
        f.hostId = d.getHostId();
        f.portAlerts = d.isPortAlerts();
        f.version = d.getSnmpVersion() == SnmpVersion.V3 ? "v3" : "v2c";
        f.v3User = d.getV3User();
        f.v3AuthProtocol = d.getV3AuthProtocol() == null ? "SHA" : d.getV3AuthProtocol().name();
        f.v3PrivProtocol = d.getV3PrivProtocol() == null ? (d.getSnmpVersion() == SnmpVersion.V3 ? "" : "AES")
                : d.getV3PrivProtocol().name();
        return f; // secrets stay empty: shown as "stored", never as what they are
    }

    /** The version as typed (v2c, v3, any case). */
    public SnmpVersion snmpVersion() {
        String v = version == null ? "" : version.trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "v2c", "2c", "2" -> SnmpVersion.V2C;
            case "v3", "3" -> SnmpVersion.V3;
            default -> throw PsmmException.invalid("version", "the SNMP version must be v2c or v3");
        };
    }

    public AuthProtocol authProtocol() {
        String p = v3AuthProtocol == null || v3AuthProtocol.isBlank() ? "SHA" : v3AuthProtocol.trim().toUpperCase(Locale.ROOT).replace("-", "");
        try {
            return AuthProtocol.valueOf(p);
        } catch (IllegalArgumentException e) {
            throw PsmmException.invalid("v3AuthProtocol", "the v3 authentication protocol must be SHA or SHA256");
        }
    }

    /** Null when no privacy is asked (authNoPriv): an empty protocol and no password stored or given. */
    public PrivProtocol privProtocol() {
        if (v3PrivProtocol == null || v3PrivProtocol.isBlank()) {
            return null;
        }
        if (!v3PrivProtocol.trim().equalsIgnoreCase("AES")) {
            throw PsmmException.invalid("v3PrivProtocol", "the v3 privacy protocol must be AES (or empty for none)");
        }
        return PrivProtocol.AES;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public int getPort() {
        return port;
    }

    public void setPort(int port) {
        this.port = port;
    }

    public String getSite() {
        return site;
    }

    public void setSite(String site) {
        this.site = site;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Long getHostId() {
        return hostId;
    }

    public void setHostId(Long hostId) {
        this.hostId = hostId;
    }

    public boolean isPortAlerts() {
        return portAlerts;
    }

    public void setPortAlerts(boolean portAlerts) {
        this.portAlerts = portAlerts;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    // Write-only: the form is only ever read from requests; answers are DeviceView, without secrets.
    public String getCommunity() {
        return community;
    }

    public void setCommunity(String community) {
        this.community = community;
    }

    public String getV3User() {
        return v3User;
    }

    public void setV3User(String v3User) {
        this.v3User = v3User;
    }

    public String getV3AuthProtocol() {
        return v3AuthProtocol;
    }

    public void setV3AuthProtocol(String v3AuthProtocol) {
        this.v3AuthProtocol = v3AuthProtocol;
    }

    public String getV3AuthPassword() {
        return v3AuthPassword;
    }

    public void setV3AuthPassword(String v3AuthPassword) {
        this.v3AuthPassword = v3AuthPassword;
    }

    public String getV3PrivProtocol() {
        return v3PrivProtocol;
    }

    public void setV3PrivProtocol(String v3PrivProtocol) {
        this.v3PrivProtocol = v3PrivProtocol;
    }

    public String getV3PrivPassword() {
        return v3PrivPassword;
    }

    public void setV3PrivPassword(String v3PrivPassword) {
        this.v3PrivPassword = v3PrivPassword;
    }
}
