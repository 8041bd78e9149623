package org.psmm.settings;

import java.time.Instant;

/** A setting as shown to admins: its definition, current value and last change (null if never). */
public record SettingValue(SettingKey key, String value, Instant updatedAt, String updatedBy) {

    public String getName() {
        return key.key();
    }

    public String getValue() {
        return value;
    }

    public SettingKey getKey() {
        return key;
    }
}
