package org.psmm.web.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Instants as the console shows them: the server's local time, to the second. */
@Named
@ApplicationScoped
public class TimeFormat {

    private static final ZoneId ZONE = ZoneId.systemDefault();
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZONE);
    private static final DateTimeFormatter SHORT_ZONE = DateTimeFormatter.ofPattern("zzz").withZone(ZONE);

    public String of(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant);
    }

    /** The zone every console time is shown in. */
    public ZoneId zone() {
        return ZONE;
    }

    /** The console's zone as a header says it: its id (Europe/Paris, UTC). */
    public String zoneId() {
        return ZONE.normalized().equals(java.time.ZoneOffset.UTC) ? "UTC" : ZONE.getId();
    }

    /** An instant with its zone's short name (2026-12-02 15:04:05 CET), where a time stands alone. */
    public String withZone(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant) + " " + SHORT_ZONE.format(instant);
    }
}
