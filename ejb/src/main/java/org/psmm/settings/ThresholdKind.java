package org.psmm.settings;

/** The measured values that have a percent threshold, globally and per host. */
public enum ThresholdKind {
    CPU(SettingKey.CPU_THRESHOLD),
    RAM(SettingKey.RAM_THRESHOLD),
    DISK(SettingKey.DISK_THRESHOLD);

    private final SettingKey globalSetting;

    ThresholdKind(SettingKey globalSetting) {
        this.globalSetting = globalSetting;
    }

    public SettingKey globalSetting() {
        return globalSetting;
    }
}
