package org.psmm.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FailureFilterTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void boundsAcceptInstantsDateTimesAndDates() {
        assertEquals(Instant.parse("2026-11-23T10:00:00Z"), FailureFilter.parseBound("from", "2026-11-23T10:00:00Z", false, PARIS));
        assertEquals(Instant.parse("2026-11-23T09:00:00Z"), FailureFilter.parseBound("from", "2026-11-23T11:00:00+02:00", false, PARIS));
        assertEquals(Instant.parse("2026-11-23T09:00:00Z"), FailureFilter.parseBound("from", "2026-11-23T10:00", false, PARIS));
        assertEquals(Instant.parse("2026-11-22T23:00:00Z"), FailureFilter.parseBound("from", "2026-11-23", false, PARIS));
        assertEquals(Instant.parse("2026-11-23T23:00:00Z"), FailureFilter.parseBound("to", "2026-11-23", true, PARIS),
                "a date as upper bound takes the whole day");
        assertNull(FailureFilter.parseBound("from", " ", false, PARIS));
        assertNull(FailureFilter.parseBound("from", null, false, PARIS));
    }

    @Test
    void aBadBoundNamesItsParameter() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FailureFilter.parseBound("to", "yesterday", true, PARIS));
        assertTrue(e.getMessage().startsWith("to:"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FailureFilter.parseBound("from", "2026-13-01", false, PARIS));
    }

    @Test
    void valuesAreBoundNeverInlinedAndBlankMeansAny() {
        List<Object> params = new ArrayList<>();
        FailureFilter f = new FailureFilter(Instant.parse("2026-11-23T00:00:00Z"), null, 3L, " ", "' OR 1=1 --", "10.0.0.1", "");
        assertEquals(" WHERE f.occurred_at >= ? AND f.host_id = ? AND f.user_name = ? AND f.source_ip = ?", f.where(params));
        assertEquals(List.of(LocalDateTime.parse("2026-11-23T00:00"), 3L, "' OR 1=1 --", "10.0.0.1"), params);
        assertEquals("", FailureFilter.ANY.where(new ArrayList<>()));
    }

    @Test
    void theMostSelectiveFilterPicksTheIndex() {
        assertEquals("ix_auth_failure_time", FailureFilter.ANY.index());
        assertEquals("ix_auth_failure_ip_time", new FailureFilter(null, null, 1L, "ssh", "root", "1.2.3.4", null).index());
        assertEquals("ix_auth_failure_user_time", new FailureFilter(null, null, 1L, "ssh", "root", null, null).index());
        assertEquals("ix_auth_failure_host_time", new FailureFilter(null, null, 1L, "ssh", null, null, null).index());
        assertEquals("ix_auth_failure_service_time", new FailureFilter(null, null, null, "ssh", null, null, null).index());
    }

    @Test
    void anAddressOrAUserWithAnotherConditionAsksTheRollupsFirst() {
        assertTrue(new FailureFilter(null, null, null, "ssh", null, "198.51.100.7", null).sparseInItsIndex());
        assertTrue(new FailureFilter(null, null, 3L, null, "root", null, null).sparseInItsIndex());
        assertTrue(new FailureFilter(null, null, null, null, "root", "198.51.100.7", null).sparseInItsIndex());
        assertTrue(!new FailureFilter(null, null, null, null, null, "198.51.100.7", null).sparseInItsIndex(),
                "an address alone: its index is exact");
        assertTrue(!new FailureFilter(null, null, 3L, "ssh", null, null, "probe").sparseInItsIndex());
        List<Object> params = new ArrayList<>();
        assertEquals("d.source_ip = ? AND d.user_name = ? AND d.no_user = FALSE AND d.kind = ?",
                new FailureFilter(null, null, null, " ", "root", "198.51.100.7", "auth").rollupWhere(params));
        assertEquals(List.of("198.51.100.7", "root", "auth"), params);
        assertEquals("PRIMARY", new FailureFilter(null, null, null, "ssh", null, "198.51.100.7", null).rollupIndex());
        assertEquals("ix_auth_failure_day_by_user", new FailureFilter(null, null, 3L, null, "root", null, null).rollupIndex());
    }

    @Test
    void failedLoginsAreEveryKindButProbesInTheRollupsAsInTheRows() {
        // The console's default filter (kind "logins") on an address goes through the rollups.
        FailureFilter logins = new FailureFilter(null, null, null, null, null, "198.51.100.7", FailureFilter.LOGINS);
        assertTrue(logins.sparseInItsIndex());
        List<Object> params = new ArrayList<>();
        assertEquals("d.source_ip = ? AND d.kind <> ?", logins.rollupWhere(params));
        assertEquals(List.of("198.51.100.7", "probe"), params);
        List<Object> rowParams = new ArrayList<>();
        assertEquals(" WHERE f.source_ip = ? AND f.kind <> ?", logins.where(rowParams));
        assertEquals(List.of("198.51.100.7", "probe"), rowParams);
    }
}
