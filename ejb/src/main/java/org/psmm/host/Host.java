package org.psmm.host;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.psmm.core.ssh.HostKeyPin;
import org.psmm.core.ssh.SshTarget;

/** A server PSMM watches. Its fields are set from a validated {@link HostForm}. */
@Entity
@Table(name = "host")
public class Host implements java.io.Serializable {

    // Console pages keep it in their view state, which the web session holds: with <distributable/>
    // the session is replicated and passivated, and an attribute that cannot be serialized is lost.
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String name;

    @Column(nullable = false)
    private String address;

    @Column(name = "ssh_port", nullable = false)
    private int sshPort;

    @Column(name = "ssh_user", nullable = false, length = 32)
    private String sshUser;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "host_role", joinColumns = @JoinColumn(name = "host_id"))
    @Column(name = "role", length = 16)
    @Enumerated(EnumType.STRING)
    private Set<HostRole> roles = EnumSet.noneOf(HostRole.class);

    @Column(length = 64)
    private String site;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(nullable = false)
    private boolean enabled;

    @Column(nullable = false, length = 16)
    @Enumerated(EnumType.STRING)
    private HostOs os = HostOs.LINUX;

    @Column(length = 2000)
    private String notes;

    @Column(name = "mariadb_socket")
    private String mariadbSocket;

    /** The pinned SSH host key in OpenSSH form ("ssh-ed25519 AAAA..."), null until confirmed. */
    @Column(name = "host_key", length = 2000)
    private String hostKey;

    @Column(name = "host_key_fingerprint", length = 100)
    private String hostKeyFingerprint;

    @Column(name = "host_key_pinned_at")
    private Instant hostKeyPinnedAt;

    @Column(name = "last_check_at")
    private Instant lastCheckAt;

    @Column(name = "last_check_passed")
    private Boolean lastCheckPassed;

    /** The last time a command ran on the host (any feature), so "silent for 30 min" can be told. */
    @Column(name = "last_contact_at")
    private Instant lastContactAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The host that stands for PSMM itself (its own failed sign-ins): never polled, changed or listed. */
    @Column(nullable = false, updatable = false)
    private boolean builtin;

    /** Issue 18: log off idle sessions (changed through SessionService, not the host form). */
    @jakarta.persistence.Embedded
    private SessionPolicy sessionPolicy = new SessionPolicy();

    @Version
    private long version;

    protected Host() {
        // for JPA
    }

    public Host(HostForm form, Instant now) {
        this.createdAt = now;
        apply(form, now);
    }

    final void apply(HostForm form, Instant now) {
        this.name = form.getName().trim();
        this.address = form.getAddress().trim();
        this.sshPort = form.getSshPort();
        this.sshUser = form.getSshUser().trim();
        this.roles = form.getRoles().isEmpty() ? EnumSet.noneOf(HostRole.class) : EnumSet.copyOf(form.getRoles());
        this.site = blankToNull(form.getSite());
        this.timeZone = form.getTimeZone().trim();
        this.enabled = form.isEnabled();
        this.os = form.getOs() == null ? HostOs.LINUX : form.getOs();
        this.notes = blankToNull(form.getNotes());
        this.mariadbSocket = blankToNull(form.getMariadbSocket());
        this.updatedAt = now;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public SessionPolicy getSessionPolicy() {
        if (sessionPolicy == null) {
            sessionPolicy = new SessionPolicy(); // Hibernate leaves an all-default embeddable null
        }
        return sessionPolicy;
    }

    public boolean isBuiltin() {
        return builtin;
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

    public int getSshPort() {
        return sshPort;
    }

    public String getSshUser() {
        return sshUser;
    }

    public Set<HostRole> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(HostRole.class) : EnumSet.copyOf(roles);
    }

    public String getSite() {
        return site;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public HostOs getOs() {
        return os == null ? HostOs.LINUX : os;
    }

    public boolean isWindows() {
        return getOs() == HostOs.WINDOWS;
    }

    /** What the host check detected (OpenSSH for Windows answered): set once, the admin may change it. */
    public void setOs(HostOs os) {
        this.os = os;
    }

    public String getNotes() {
        return notes;
    }

    public String getMariadbSocket() {
        return mariadbSocket;
    }

    public String getHostKey() {
        return hostKey;
    }

    public String getHostKeyFingerprint() {
        return hostKeyFingerprint;
    }

    public Instant getHostKeyPinnedAt() {
        return hostKeyPinnedAt;
    }

    /** This host as an SSH target with its pinned key; refuses a host whose key is not confirmed. */
    public SshTarget sshTarget() {
        if (!isHostKeyPinned()) {
            throw new HostKeyNotPinnedException(name);
        }
        return new SshTarget(address, sshPort, sshUser, HostKeyPin.parse(hostKey));
    }

    public boolean isHostKeyPinned() {
        return hostKey != null;
    }

    public Instant getLastCheckAt() {
        return lastCheckAt;
    }

    public Boolean getLastCheckPassed() {
        return lastCheckPassed;
    }

    public Instant getLastContactAt() {
        return lastContactAt;
    }

    void pinHostKey(String openSshKey, String fingerprint, Instant now) {
        this.hostKey = openSshKey;
        this.hostKeyFingerprint = fingerprint;
        this.hostKeyPinnedAt = now;
    }

    /** Set by the host check only. */
    public void recordCheck(Instant at, boolean passed) {
        this.lastCheckAt = at;
        this.lastCheckPassed = passed;
    }

    /** Set by whatever last reached the host over SSH. */
    public void recordContact(Instant at) {
        this.lastContactAt = at;
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
