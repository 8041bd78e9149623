package org.psmm.advisory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A host's exposure follows its package: upgraded or removed is updated; back to the version is exposed again. */
class AdvisoryExposureTest {

    private static final Instant T = Instant.parse("2026-08-14T10:00:00Z");

    @Test
    void anUpgradeMarksTheHostUpdatedOnce() {
        AdvisoryExposure e = new AdvisoryExposure(1, 2, "openssh-server", "1:9.2p1-2+deb12u5", T);
        assertFalse(e.seen("1:9.2p1-2+deb12u5", T), "same version: nothing changes");
        assertTrue(e.seen("1:9.2p1-2+deb12u6", T.plusSeconds(60)));
        assertTrue(e.isUpdated());
        assertEquals("1:9.2p1-2+deb12u6", e.getCurrentVersion());
        assertEquals(T.plusSeconds(60), e.getUpdatedAt());
        assertFalse(e.seen("1:9.2p1-2+deb12u6", T.plusSeconds(120)), "seen again: nothing changes");
    }

    @Test
    void aRemovedPackageIsUpdatedAndAReinstalledOneExposedAgain() {
        AdvisoryExposure e = new AdvisoryExposure(1, 2, "samba", "2:4.17.12", T);
        assertTrue(e.seen(null, T));
        assertTrue(e.isUpdated());
        assertNull(e.getCurrentVersion());
        assertTrue(e.seen("2:4.17.12", T));
        assertFalse(e.isUpdated());
        assertNull(e.getUpdatedAt());
    }
}
