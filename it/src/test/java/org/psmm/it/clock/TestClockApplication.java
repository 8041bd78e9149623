package org.psmm.it.clock;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The test-only clock module's JAX-RS root (see TestClockResource). */
@ApplicationPath("/")
public class TestClockApplication extends Application {
}
