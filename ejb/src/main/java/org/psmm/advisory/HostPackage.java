package org.psmm.advisory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A package a host reported installed at its last inventory. */
@Entity
@Table(name = "host_package")
@IdClass(HostPackage.Key.class)
public class HostPackage {

    /** The composite key: a host and a package name. */
    public record Key(long hostId, String name) implements Serializable {
    }

    @Id
    @Column(name = "host_id")
    private long hostId;

    @Id
    @Column(length = 128)
    private String name;

    @Column(nullable = false, length = 128)
    private String version;

    protected HostPackage() {
        // for JPA
    }

    HostPackage(long hostId, String name, String version) {
        this.hostId = hostId;
        this.name = name;
        this.version = version;
    }

    void version(String v) {
        this.version = v;
    }

    public long getHostId() {
        return hostId;
    }

    public String getName() {
        return name;
    }

    public String getVersion() {
        return version;
    }
}
