package org.psmm.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;

/** One clock for all of PSMM: services take "now" from it, never from Instant.now(). */
@ApplicationScoped
public class ClockProducer {

    @Inject
    private ServerEnvironment environment;

    private AdjustableClock clock;

    @jakarta.annotation.PostConstruct
    void init() {
        clock = new AdjustableClock(environment.clockAdjustable(), environment.zone());
    }

    @Produces
    Clock clock() {
        return clock;
    }

    /** The same clock, for the tests' own module that moves it (refused unless PSMM_CLOCK_ADJUSTABLE). */
    public AdjustableClock adjustable() {
        return clock;
    }
}
