package org.psmm.host;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a person types to add or change a host, in the console or as API JSON. Mutable so that
 * both Faces and JSON-B can fill it; validated before it reaches {@link HostService}.
 */
public class HostForm implements java.io.Serializable {

    // Console pages keep it in their view state, which the web session holds: with <distributable/>
    // the session is replicated and passivated, and an attribute that cannot be serialized is lost.
    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 64)
    @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "{org.psmm.host.name.pattern}")
    private String name;

    /** A DNS name, an IPv4 or an IPv6 address: no spaces, no shell or URL syntax. */
    @NotBlank
    @Size(max = 255)
    @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:-]*", message = "{org.psmm.host.address.pattern}")
    private String address;

    @Min(1)
    @Max(65535)
    private int sshPort = 22;

    @NotBlank
    @Size(max = 32)
    @Pattern(regexp = "[a-z_][a-z0-9_-]*", message = "{org.psmm.host.sshUser.pattern}")
    private String sshUser = "monitor";

    @NotNull
    private Set<HostRole> roles = EnumSet.noneOf(HostRole.class);

    @Size(max = 64)
    private String site;

    @NotBlank
    @ValidZoneId
    private String timeZone = "UTC";

    private boolean enabled = true;

    /** Linux unless said: which poll and log-off command the host gets. */
    private HostOs os = HostOs.LINUX;

    @Size(max = 2000)
    private String notes;

    /** Where the MariaDB client finds the server on that host, if not at the client's default. */
    @Size(max = 255)
    @Pattern(regexp = "/[^\\s'\"`$;&|<>]*", message = "{org.psmm.host.mariadbSocket.pattern}")
    private String mariadbSocket;

    public static HostForm of(Host host) {
        HostForm form = new HostForm();
        form.name = host.getName();
        form.address = host.getAddress();
        form.sshPort = host.getSshPort();
        form.sshUser = host.getSshUser();
        form.roles = host.getRoles();
        form.site = host.getSite();
        form.timeZone = host.getTimeZone();
        form.enabled = host.isEnabled();
        form.os = host.getOs();
        form.notes = host.getNotes();
        form.mariadbSocket = host.getMariadbSocket();
        return form;
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

    public int getSshPort() {
        return sshPort;
    }

    public void setSshPort(int sshPort) {
        this.sshPort = sshPort;
    }

    public String getSshUser() {
        return sshUser;
    }

    public void setSshUser(String sshUser) {
        this.sshUser = sshUser;
    }

    public Set<HostRole> getRoles() {
        return roles;
    }

    public void setRoles(Set<HostRole> roles) {
        this.roles = roles == null ? EnumSet.noneOf(HostRole.class) : roles;
    }

    public String getSite() {
        return site;
    }

    public void setSite(String site) {
        this.site = site;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public HostOs getOs() {
        return os;
    }

    public void setOs(HostOs os) {
        this.os = os == null ? HostOs.LINUX : os;
    }

    public String getMariadbSocket() {
        return mariadbSocket;
    }

    public void setMariadbSocket(String mariadbSocket) {
        this.mariadbSocket = mariadbSocket;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
