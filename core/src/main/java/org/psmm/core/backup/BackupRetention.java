package org.psmm.core.backup;

import java.util.Collection;
import java.util.List;

/** Which backups go once a new one is complete: all but the newest {@code keep}. */
public final class BackupRetention {

    private BackupRetention() {
    }

    /** The backups beyond the newest {@code keep} (at least one is always kept), oldest last. */
    public static List<BackupName> beyond(Collection<BackupName> backups, int keep) {
        return backups.stream().sorted().skip(Math.max(1, keep)).toList();
    }
}
