package org.psmm.update;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * How PSMM runs apt on one host. Both paths are empty on a real server; the lab sets them to
 * run apt on a private package database (lab/apt-repo). A host without a row has the defaults.
 */
@Entity
@Table(name = "update_host_option")
public class HostUpdateOptions {

    @Id
    @Column(name = "host_id")
    private Long hostId;

    /** An APT_CONFIG file given to every apt-get, or null. */
    @Column(name = "apt_config", length = 1024)
    private String aptConfig;

    /** Put before /var/run/reboot-required, or null. */
    @Column(name = "root_prefix", length = 1024)
    private String rootPrefix;

    /** Whether the host reaches the mirrors through its site's captive portal. */
    @Column(name = "via_portal", nullable = false)
    private boolean viaPortal;

    protected HostUpdateOptions() {
    }

    HostUpdateOptions(long hostId) {
        this.hostId = hostId;
    }

    public Long getHostId() {
        return hostId;
    }

    public String getAptConfig() {
        return aptConfig;
    }

    public String getRootPrefix() {
        return rootPrefix;
    }

    public boolean isViaPortal() {
        return viaPortal;
    }

    void change(String aptConfig, String rootPrefix, boolean viaPortal) {
        this.aptConfig = aptConfig;
        this.rootPrefix = rootPrefix;
        this.viaPortal = viaPortal;
    }
}
