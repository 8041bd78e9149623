package org.psmm.device;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.psmm.settings.OwnThreshold;
import org.psmm.settings.ThresholdKind;

/** One device's own threshold for one kind, overriding the global setting hosts use too. */
@Entity
@Table(name = "device_threshold")
@IdClass(DeviceThreshold.Key.class)
public class DeviceThreshold extends OwnThreshold {

    @Id
    @Column(name = "device_id")
    private Long deviceId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private ThresholdKind kind;

    protected DeviceThreshold() {
        // for JPA
    }

    DeviceThreshold(long deviceId, ThresholdKind kind) {
        this.deviceId = deviceId;
        this.kind = kind;
    }

    public Long getDeviceId() {
        return deviceId;
    }

    @Override
    public ThresholdKind getKind() {
        return kind;
    }

    /** The composite key (device, kind). */
    public record Key(Long deviceId, ThresholdKind kind) implements Serializable {
    }
}
