package org.psmm.it;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test class that runs on PSMM's real time, whatever offset the class before it left: the
 * clock is put on real time before the class's {@code @BeforeAll} and its offset put back after
 * its {@code @AfterAll}. Listed after ArquillianExtension, so that PSMM is deployed by then:
 * {@code @ExtendWith({ArquillianExtension.class, RealClock.class})}.
 */
public final class RealClock implements BeforeAllCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace HERE = ExtensionContext.Namespace.create(RealClock.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(HERE).put("offsetBefore", TestClock.useReal());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Long before = context.getStore(HERE).get("offsetBefore", Long.class);
        if (before != null) {
            TestClock.setOffset(before);
        }
    }
}
