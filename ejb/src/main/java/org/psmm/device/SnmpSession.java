package org.psmm.device;

import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.psmm.core.snmp.DeviceReader;
import org.psmm.core.snmp.SnmpEngine;
import org.psmm.error.PsmmException;

/**
 * PSMM's one SNMP engine (one UDP socket, SNMP4J's two threads), opened at first use and closed
 * with the application. Every discovery and poll goes through it, so polling all devices at once
 * costs no thread per device.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SnmpSession {

    private static final Logger LOG = Logger.getLogger(SnmpSession.class.getName());

    /** Per request: 2 s, tried twice. A silent device costs 4 s of waiting, not of a thread. */
    static final Duration TIMEOUT = Duration.ofSeconds(2);
    static final int RETRIES = 1;

    @Inject
    private Clock clock;

    private volatile SnmpEngine engine;
    private volatile DeviceReader reader;

    public DeviceReader reader() {
        DeviceReader r = reader;
        if (r == null) {
            synchronized (this) {
                r = reader;
                if (r == null) {
                    try {
                        engine = new SnmpEngine(TIMEOUT, RETRIES);
                    } catch (IOException e) {
                        throw new PsmmException(PsmmException.Kind.UNAVAILABLE, "cannot open PSMM's SNMP socket: " + e.getMessage());
                    }
                    r = new DeviceReader(engine, clock);
                    reader = r;
                }
            }
        }
        return r;
    }

    /** The longest one device's poll or discovery can take before the engine gives up on it. */
    static Duration deviceDeadline() {
        return TIMEOUT.multipliedBy((RETRIES + 1) * 6L).plusSeconds(10);
    }

    @PreDestroy
    void close() {
        SnmpEngine e = engine;
        if (e != null) {
            try {
                e.close();
            } catch (IOException ex) {
                LOG.log(Level.FINE, "closing the SNMP engine", ex);
            }
        }
    }
}
