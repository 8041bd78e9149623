package org.psmm.device;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.psmm.core.snmp.StorageKind;

/** A processor or storage entry of a device, as discovery (or a poll that found a new one) saw it. */
@Entity
@Table(name = "device_resource")
@IdClass(DeviceResource.Key.class)
public class DeviceResource {

    @Id
    @Column(name = "device_id")
    private Long deviceId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    private ResourceKind kind;

    @Id
    @Column(name = "hr_index")
    private Integer hrIndex;

    private String descr;

    @Enumerated(EnumType.STRING)
    @Column(name = "storage_kind", length = 16)
    private StorageKind storageKind;

    protected DeviceResource() {
        // for JPA
    }

    DeviceResource(long deviceId, ResourceKind kind, int hrIndex, String descr, StorageKind storageKind) {
        this.deviceId = deviceId;
        this.kind = kind;
        this.hrIndex = hrIndex;
        this.descr = descr;
        this.storageKind = storageKind;
    }

    void describe(String descr, StorageKind storageKind) {
        this.descr = descr;
        this.storageKind = storageKind;
    }

    public Long getDeviceId() {
        return deviceId;
    }

    public ResourceKind getKind() {
        return kind;
    }

    public Integer getHrIndex() {
        return hrIndex;
    }

    public String getDescr() {
        return descr;
    }

    public StorageKind getStorageKind() {
        return storageKind;
    }

    /** The composite key (device, kind, index). */
    public record Key(Long deviceId, ResourceKind kind, Integer hrIndex) implements Serializable {
    }
}
