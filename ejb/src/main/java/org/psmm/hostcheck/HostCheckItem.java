package org.psmm.hostcheck;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One line of a host check: its name, verdict, time and what proves it (an output excerpt). */
@Embeddable
public class HostCheckItem {

    public static final int DETAIL_MAX = 4000;

    @Column(nullable = false, length = 64)
    private String name;

    @Column(nullable = false)
    private boolean passed;

    @Column(name = "duration_ms", nullable = false)
    private long durationMs;

    @Column(length = DETAIL_MAX)
    private String detail;

    protected HostCheckItem() {
    }

    public HostCheckItem(String name, boolean passed, long durationMs, String detail) {
        this.name = name;
        this.passed = passed;
        this.durationMs = durationMs;
        this.detail = detail == null ? null : detail.length() > DETAIL_MAX ? detail.substring(0, DETAIL_MAX) : detail;
    }

    public String getName() {
        return name;
    }

    public boolean isPassed() {
        return passed;
    }

    public long getDurationMs() {
        return durationMs;
    }

    public String getDetail() {
        return detail;
    }
}
