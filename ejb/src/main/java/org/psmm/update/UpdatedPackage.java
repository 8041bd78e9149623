package org.psmm.update;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import org.psmm.core.updates.UpgradablePackage;

/** A package a run upgraded (or tried to), as checked by {@link UpgradablePackage}. */
@Embeddable
public class UpdatedPackage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "name", nullable = false, length = 128)
    private String name;

    @Column(name = "from_version", nullable = false, length = 128)
    private String fromVersion;

    @Column(name = "to_version", nullable = false, length = 128)
    private String toVersion;

    protected UpdatedPackage() {
    }

    UpdatedPackage(UpgradablePackage p) {
        this.name = p.name();
        this.fromVersion = p.from();
        this.toVersion = p.to();
    }

    public String getName() {
        return name;
    }

    public String getFromVersion() {
        return fromVersion;
    }

    public String getToVersion() {
        return toVersion;
    }
}
