package org.psmm.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A setting changed by an administrator (keys never changed have no row). */
@Entity
@Table(name = "setting")
public class Setting {

    @Id
    @Column(name = "setting_key", length = 64)
    private String key;

    @Column(nullable = false, length = 2000)
    private String value;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    protected Setting() {
        // for JPA
    }

    Setting(String key) {
        this.key = key;
    }

    void change(String value, Instant at, String by) {
        this.value = value;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public String getKey() {
        return key;
    }

    public String getValue() {
        return value;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
