package org.psmm.advisory;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;
import org.psmm.audit.AuditKind;
import org.psmm.audit.AuditTrail;
import org.psmm.config.ServerEnvironment;
import org.psmm.schedule.RearmingTimer;
import org.psmm.schedule.RoundLock;
import org.psmm.security.PsmmRole;
import org.psmm.settings.SettingKey;
import org.psmm.settings.Settings;

/**
 * Reads the advisory feeds every {@code advisories.pollMinutes} (0: on demand only), read again
 * after each round; a round where a feed failed is followed by another within 5 minutes, so an
 * outage costs nothing but a delay. Lists every host's packages each night. Polls asked for by a
 * person wait for the running one. PSMM_ADVISORIES_SCHEDULED=false leaves both to requests (tests).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AdvisoryTimer extends RearmingTimer {

    private static final Logger LOG = Logger.getLogger(AdvisoryTimer.class.getName());
    private static final Duration RECHECK = Duration.ofMinutes(15);
    private static final Duration RETRY = Duration.ofMinutes(5);
    private static final Duration WAIT = Duration.ofMinutes(5);

    @EJB
    private AdvisoryPoller poller;

    @EJB
    private PackageInventory inventory;

    @EJB
    private Settings settings;

    @EJB
    private AuditTrail audit;

    @Inject
    private ServerEnvironment environment;

    private final RoundLock polls = new RoundLock("the advisories poll");
    private final RoundLock inventories = new RoundLock("the package inventory");

    public AdvisoryTimer() {
        super("advisories-poll", Duration.ofMinutes(2), RETRY);
    }

    @Override
    protected Duration round() {
        int minutes = settings.integer(SettingKey.ADVISORIES_POLL);
        if (!environment.advisoriesScheduled() || minutes <= 0) {
            return RECHECK;
        }
        Duration interval = Duration.ofMinutes(minutes);
        boolean failed = polls.ifIdle(poller::pollAll).map(AdvisoryPollSummary::anyFeedFailed).orElse(false);
        return failed && RETRY.compareTo(interval) < 0 ? RETRY : interval;
    }

    /** Polls every feed now, after the running poll if any, and answers when done. */
    @RolesAllowed({PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public AdvisoryPollSummary pollNow() {
        audit.record(AuditKind.ADVISORIES_POLLED, "advisory feeds", null);
        return polls.afterRunning(WAIT, poller::pollAll);
    }

    /** Lists every host's packages now and marks what they are exposed to. */
    @RolesAllowed({PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public List<InventoryOutcome> inventoryNow() {
        audit.record(AuditKind.PACKAGES_LISTED, "every host", null);
        return inventories.afterRunning(WAIT, inventory::refreshAll);
    }

    @Schedule(hour = "4", minute = "40", persistent = true, info = "package-inventory")
    void nightlyInventory() {
        if (environment.advisoriesScheduled()) {
            unlessPaused("package inventory", () -> inventories.ifIdle(inventory::refreshAll).ifPresent(r -> LOG.info(
                    () -> "package inventory: " + r.size() + " host(s), " + r.stream().filter(o -> o.error() != null).count()
                            + " failed")));
        }
    }
}
