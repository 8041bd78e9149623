package org.psmm.it.clock;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import org.psmm.config.AdjustableClock;
import org.psmm.config.ClockProducer;

/**
 * /psmm-test-clock/clock: moves PSMM's clock, for tests of what happens over hours (alert mail
 * folding, host down, retention, locks). It lives in the tests only: the integration tests add
 * this module to the EAR they deploy (PsmmServer.ear), so a PSMM started any other way has no such
 * endpoint at all; and even here it answers 404 unless PSMM_CLOCK_ADJUSTABLE=true (it/pom.xml).
 */
@Path("clock")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TestClockResource {

    @Inject
    private ClockProducer clocks;

    public record ClockView(Instant now, long offsetSeconds) {
    }

    public record OffsetForm(long offsetSeconds) {
    }

    @GET
    public ClockView get() {
        AdjustableClock clock = enabled();
        return new ClockView(clock.instant(), clock.offset().toSeconds());
    }

    /** Body: {"offsetSeconds":3600} puts PSMM one hour ahead of the real time; 0 puts it back. */
    @PUT
    public ClockView set(OffsetForm form) {
        AdjustableClock clock = enabled();
        clock.setOffset(Duration.ofSeconds(form == null ? 0 : form.offsetSeconds()));
        return get();
    }

    private AdjustableClock enabled() {
        AdjustableClock clock = clocks.adjustable();
        if (!clock.isAdjustable()) {
            throw new NotFoundException();
        }
        return clock;
    }
}
