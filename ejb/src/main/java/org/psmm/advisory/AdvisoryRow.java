package org.psmm.advisory;

import java.time.Instant;
import java.util.List;
import org.psmm.core.advisory.AdvisoryKind;

/**
 * An advisory as lists show it, with the hosts it concerns. Texts from the feed are hostile.
 *
 * @param exposedCount hosts that still have a named package at the version seen when matched
 * @param hosts        every host matched, updated ones included (marked so)
 */
public record AdvisoryRow(long id, String reference, AdvisoryKind kind, String title, String summary, String link,
        Instant published, boolean updated, Instant firstSeen, int exposedCount, List<ExposedHost> hosts) {

    /**
     * A host an advisory concerns.
     *
     * @param version        installed when matched
     * @param currentVersion what a later inventory found instead (null if none or same)
     * @param updated        whether a later inventory found the package upgraded or removed
     */
    public record ExposedHost(long hostId, String host, String packageName, String version, String currentVersion,
            boolean updated) {
    }
}
