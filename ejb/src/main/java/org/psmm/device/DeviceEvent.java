package org.psmm.device;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One thing that happened to a device; the detail may hold text the device reported (hostile). */
@Entity
@Table(name = "device_event")
public class DeviceEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "device_id", nullable = false)
    private long deviceId;

    @Column(nullable = false)
    private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private DeviceEventKind kind;

    @Column(length = 1000)
    private String detail;

    protected DeviceEvent() {
        // for JPA
    }

    DeviceEvent(long deviceId, Instant at, DeviceEventKind kind, String detail) {
        this.deviceId = deviceId;
        this.at = at;
        this.kind = kind;
        this.detail = Device.cut(detail, 1000);
    }

    public Long getId() {
        return id;
    }

    public long getDeviceId() {
        return deviceId;
    }

    public Instant getAt() {
        return at;
    }

    public DeviceEventKind getKind() {
        return kind;
    }

    public String getDetail() {
        return detail;
    }
}
