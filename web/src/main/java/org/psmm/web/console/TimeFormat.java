package org.psmm.web.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Instants as the console shows them: in the server's zone (the clock's), to the second. The
 * view-scoped pages take their zone from here: they cannot hold the clock itself, which does
 * not travel with a passivated view.
 */
@Named
@ApplicationScoped
public class TimeFormat {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter SHORT_ZONE = DateTimeFormatter.ofPattern("zzz");

    @Inject
    private Clock clock;

    public String of(Instant instant) {
        return instant == null ? "" : FORMAT.withZone(zone()).format(instant);
    }

    /** PSMM's now, for view-scoped pages that cannot hold the clock. */
    public Instant now() {
        return clock.instant();
    }

    /** The zone every console time is shown in. */
    public ZoneId zone() {
        return clock.getZone();
    }

    /** The console's zone as a header says it: its id (Europe/Paris, UTC). */
    public String zoneId() {
        ZoneId zone = zone();
        return zone.normalized().equals(java.time.ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    /** An instant with its zone's short name (2026-12-02 15:04:05 CET), where a time stands alone. */
    public String withZone(Instant instant) {
        return instant == null ? "" : FORMAT.withZone(zone()).format(instant) + " " + SHORT_ZONE.withZone(zone()).format(instant);
    }
}
