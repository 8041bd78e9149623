package org.psmm.device;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One interface at one poll: whether it was up, and its rates (null where none could be told). */
@Entity
@Table(name = "interface_sample")
@IdClass(InterfaceSample.Key.class)
public class InterfaceSample {

    @Id
    @Column(name = "interface_id")
    private Long interfaceId;

    @Id
    @Column(name = "taken_at")
    private Instant takenAt;

    @Column(name = "oper_up", nullable = false)
    private boolean operUp;

    @Column(name = "in_bps")
    private Double inBps;

    @Column(name = "out_bps")
    private Double outBps;

    @Column(name = "in_errors_ps")
    private Double inErrorsPs;

    @Column(name = "out_errors_ps")
    private Double outErrorsPs;

    protected InterfaceSample() {
        // for JPA
    }

    InterfaceSample(long interfaceId, Instant takenAt, boolean operUp, Double inBps, Double outBps, Double inErrorsPs,
            Double outErrorsPs) {
        this.interfaceId = interfaceId;
        this.takenAt = takenAt;
        this.operUp = operUp;
        this.inBps = inBps;
        this.outBps = outBps;
        this.inErrorsPs = inErrorsPs;
        this.outErrorsPs = outErrorsPs;
    }

    public Long getInterfaceId() {
        return interfaceId;
    }

    public Instant getTakenAt() {
        return takenAt;
    }

    public boolean isOperUp() {
        return operUp;
    }

    public Double getInBps() {
        return inBps;
    }

    public Double getOutBps() {
        return outBps;
    }

    public Double getInErrorsPs() {
        return inErrorsPs;
    }

    public Double getOutErrorsPs() {
        return outErrorsPs;
    }

    /** The composite key (interface, time). */
    public record Key(Long interfaceId, Instant takenAt) implements Serializable {
    }
}
