package org.psmm.web.console;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.psmm.device.Device;
import org.psmm.device.DeviceDiscoveryTimer;
import org.psmm.device.DevicePollSummary;
import org.psmm.device.DevicePollTimer;
import org.psmm.error.PsmmException;

/** "Poll all now" and "Discover now" as the device pages run them, with the message they show after. */
@ApplicationScoped
public class DeviceRounds {

    @EJB
    private DevicePollTimer polls;

    @EJB
    private DeviceDiscoveryTimer discovery;

    public void pollAll() {
        try {
            DevicePollSummary s = polls.pollNow();
            ConsoleMessages.info(ConsoleMessages.text("device.polled", s.devices(), s.answered(), s.failed(), s.millis()));
        } catch (PsmmException e) {
            ConsoleMessages.error(e.getMessage());
        }
    }

    /** Discovers one device and says how it went; returns it as stored after, or null when it failed to run. */
    public Device discover(long id) {
        try {
            Device found = discovery.discoverNow(id);
            ConsoleMessages.info(found.getDiscoveryError() == null
                    ? ConsoleMessages.text("device.discovered", found.getName())
                    : ConsoleMessages.text("device.discoveryFailed", found.getName(), found.getDiscoveryError()));
            return found;
        } catch (PsmmException e) {
            ConsoleMessages.error(e.getMessage());
            return null;
        }
    }
}
