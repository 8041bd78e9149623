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

    @Inject
    private Clock clock;

    public String of(Instant instant) {
        return instant == null ? "" : FORMAT.withZone(clock.getZone()).format(instant);
    }

    public ZoneId zone() {
        return clock.getZone();
    }
}
