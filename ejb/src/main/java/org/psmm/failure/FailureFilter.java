package org.psmm.failure;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the explorer is asked for: a time range [from, to) and exact values of host, service,
 * user, source IP and kind; null means "any". Exact matches (not "contains") so that each filter
 * can use its (column, occurred_at) index.
 */
public record FailureFilter(Instant from, Instant to, Long hostId, String service, String user, String ip,
        String kind) implements Serializable {

    public static final FailureFilter ANY = new FailureFilter(null, null, null, null, null, null, null);

    /** The kind that means "failed logins only" ({@code auth} and {@code authz}): every kind but {@code probe}. */
    public static final String LOGINS = "logins";

    /** Probes: scanners and other hostile noise, counted apart from failed logins. */
    public static final String PROBE = "probe";

    public FailureFilter {
        service = blankToNull(service);
        user = blankToNull(user);
        ip = blankToNull(ip);
        kind = blankToNull(kind);
    }

    public FailureFilter withIp(String newIp) {
        return new FailureFilter(from, to, hostId, service, user, newIp, kind);
    }

    /**
     * A bound as the API accepts it: an ISO instant ({@code 2026-11-23T10:00:00Z}), a local
     * date-time ({@code 2026-11-23T10:00}) or a date ({@code 2026-11-23}), the last two read in
     * {@code zone}. A date used as an upper bound means the end of that day, so
     * {@code from=2026-11-23&to=2026-11-23} is that whole day.
     *
     * @throws IllegalArgumentException naming the parameter when the text is none of these
     */
    public static Instant parseBound(String name, String text, boolean upper, ZoneId zone) {
        String t = blankToNull(text);
        if (t == null) {
            return null;
        }
        try {
            if (t.length() == 10) {
                LocalDate day = LocalDate.parse(t);
                return (upper ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
            }
            if (t.endsWith("Z") || t.endsWith("z") || t.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return java.time.OffsetDateTime.parse(t.toUpperCase()).toInstant();
            }
            return LocalDateTime.parse(t).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + ": not an ISO instant, date-time or date: " + shorten(t));
        }
    }

    /** The SQL condition on alias f and its parameters, in order. Values are always bound, never inlined. */
    String where(List<Object> params) {
        List<String> conditions = new ArrayList<>();
        if (from != null) {
            conditions.add("f.occurred_at >= ?");
            params.add(utc(from));
        }
        if (to != null) {
            conditions.add("f.occurred_at < ?");
            params.add(utc(to));
        }
        if (hostId != null) {
            conditions.add("f.host_id = ?");
            params.add(hostId);
        }
        if (service != null) {
            conditions.add("f.service = ?");
            params.add(service);
        }
        if (user != null) {
            conditions.add("f.user_name = ?");
            params.add(user);
        }
        if (ip != null) {
            conditions.add("f.source_ip = ?");
            params.add(ip);
        }
        if (LOGINS.equals(kind)) {
            conditions.add("f.kind <> ?");
            params.add(PROBE);
        } else if (kind != null) {
            conditions.add("f.kind = ?");
            params.add(kind);
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /**
     * Whether the rows of this filter are few among those of its index: an address or a user (its
     * index) with another condition on top (a busy address that never tried this service walks
     * all of its rows for nothing). Such a filter asks the rollups first ({@link FailureExplorer}).
     */
    boolean sparseInItsIndex() {
        int others = (hostId != null ? 1 : 0) + (service != null ? 1 : 0) + (kind != null ? 1 : 0)
                + (ip != null && user != null ? 1 : 0);
        return (ip != null || user != null) && others > 0;
    }

    /** The same conditions on auth_failure_day (alias d), days not included. */
    String rollupWhere(List<Object> params) {
        List<String> conditions = new ArrayList<>();
        if (ip != null) {
            conditions.add("d.source_ip = ?");
            params.add(ip);
        }
        if (user != null) {
            conditions.add("d.user_name = ? AND d.no_user = FALSE");
            params.add(user);
        }
        if (hostId != null) {
            conditions.add("d.host_id = ?");
            params.add(hostId);
        }
        if (service != null) {
            conditions.add("d.service = ?");
            params.add(service);
        }
        if (LOGINS.equals(kind)) {
            conditions.add("d.kind <> ?");
            params.add(PROBE);
        } else if (kind != null) {
            conditions.add("d.kind = ?");
            params.add(kind);
        }
        return String.join(" AND ", conditions);
    }

    /** The rollups' index for {@link #rollupWhere}: the address's range of the primary key, else the user's. */
    String rollupIndex() {
        return ip != null ? "PRIMARY" : "ix_auth_failure_day_by_user";
    }

    /** This filter with its time range narrowed to [newFrom, newTo) (null: as it was). */
    FailureFilter within(Instant newFrom, Instant newTo) {
        return new FailureFilter(newFrom != null ? newFrom : from, newTo != null ? newTo : to, hostId, service, user, ip, kind);
    }

    /**
     * The index that answers this filter sorted by time: the most selective equality first.
     * MariaDB usually picks it alone; naming it keeps a huge table from being walked by time
     * when one IP or user has a handful of rows.
     */
    String index() {
        if (ip != null) {
            return "ix_auth_failure_ip_time";
        }
        if (user != null) {
            return "ix_auth_failure_user_time";
        }
        if (hostId != null) {
            return "ix_auth_failure_host_time";
        }
        if (service != null) {
            return "ix_auth_failure_service_time";
        }
        return "ix_auth_failure_time";
    }

    /** occurred_at holds UTC wall time (see AuthFailureWriter): bind it as such, whatever the JVM's zone. */
    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, java.time.ZoneOffset.UTC);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
