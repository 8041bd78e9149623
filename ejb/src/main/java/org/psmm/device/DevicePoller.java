package org.psmm.device;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import java.util.logging.Logger;
import org.psmm.alert.AlertMailService;
import org.psmm.core.snmp.DeviceReader;
import org.psmm.core.snmp.SnmpFailure;
import org.psmm.core.snmp.SnmpTarget;

/**
 * Asks every enabled device at once through the one SNMP engine: at most {@link #IN_FLIGHT}
 * devices have requests outstanding, the others wait their turn, and no thread waits for any one
 * device. Network work runs outside transactions; the results are then stored in one
 * ({@link DeviceRecorder}) and alert mails queued. Callers serialise rounds ({@link DevicePollTimer}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DevicePoller {

    private static final Logger LOG = Logger.getLogger(DevicePoller.class.getName());

    /** Devices asked at once: enough for 500 in seconds, few enough not to flood a small agent or link. */
    static final int IN_FLIGHT = 128;

    @EJB
    private DeviceService devices;

    @Inject
    private DeviceTargets targets;

    @EJB
    private SnmpSession session;

    @EJB
    private DeviceRecorder recorder;

    @EJB
    private AlertMailService alertMails;

    @Inject
    private Clock clock;

    public DevicePollSummary pollAll() {
        Instant started = clock.instant();
        long t0 = System.nanoTime();
        List<Device> enabled = devices.list().stream().filter(Device::isEnabled).toList();
        DeviceReader reader = session.reader();
        List<DeviceReading> readings = ask(enabled, (d, target) -> reader.poll(target, d.isHostResources())
                .thenApply(p -> new DeviceReading(d.getId(), d.getName(), p, null, null, null)));
        DeviceRecorder.Outcome outcome = recorder.recordPolls(readings);
        alertMails.queueDue();
        // A device down when it was added answers now: discover it at once, not hours later.
        java.util.Set<Long> answered = new java.util.HashSet<>();
        readings.stream().filter(DeviceReading::answered).forEach(r -> answered.add(r.deviceId()));
        List<Device> undiscovered = enabled.stream().filter(d -> d.getDiscoveredAt() == null && answered.contains(d.getId())).toList();
        if (!undiscovered.isEmpty()) {
            discover(undiscovered);
        }
        return summary(started, t0, readings, outcome, "device poll");
    }

    public DevicePollSummary discoverAll() {
        Instant started = clock.instant();
        long t0 = System.nanoTime();
        List<Device> enabled = devices.list().stream().filter(Device::isEnabled).toList();
        List<DeviceReading> readings = discover(enabled);
        return summary(started, t0, readings, new DeviceRecorder.Outcome(0, 0), "device discovery");
    }

    /** Discovers one device (on add, or "discover now"), enabled or not; returns it as stored after. */
    public Device discover(long id) {
        discover(List.of(devices.get(id)));
        return devices.get(id);
    }

    private List<DeviceReading> discover(List<Device> list) {
        DeviceReader reader = session.reader();
        List<DeviceReading> readings = ask(list, (d, target) -> reader.discover(target)
                .thenApply(x -> new DeviceReading(d.getId(), d.getName(), null, x, null, null)));
        recorder.recordDiscoveries(readings);
        return readings;
    }

    private List<DeviceReading> ask(List<Device> list,
            BiFunction<Device, SnmpTarget, CompletableFuture<DeviceReading>> request) {
        Semaphore inFlight = new Semaphore(IN_FLIGHT);
        List<CompletableFuture<DeviceReading>> pending = new ArrayList<>(list.size());
        for (Device d : list) {
            SnmpTarget target;
            try {
                target = targets.target(d);
            } catch (DeviceTargets.SecretMissing e) {
                pending.add(CompletableFuture.completedFuture(failed(d, "SECRET", e.getMessage())));
                continue;
            }
            try {
                inFlight.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("device poll interrupted", e);
            }
            CompletableFuture<DeviceReading> f;
            try {
                f = request.apply(d, target);
            } catch (RuntimeException e) {
                inFlight.release();
                pending.add(CompletableFuture.completedFuture(failed(d, SnmpFailure.Reason.ERROR.name(), String.valueOf(e))));
                continue;
            }
            pending.add(f.handle((r, e) -> {
                inFlight.release();
                return e == null ? r : failure(d, e);
            }));
        }
        List<DeviceReading> readings = new ArrayList<>(pending.size());
        long deadline = System.nanoTime() + SnmpSession.deviceDeadline().toNanos();
        for (int i = 0; i < pending.size(); i++) {
            Device d = list.get(i);
            try {
                readings.add(pending.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
            } catch (TimeoutException e) {
                readings.add(failed(d, SnmpFailure.Reason.NO_ANSWER.name(), "no complete answer from " + d.getAddress()
                        + " within " + SnmpSession.deviceDeadline().toSeconds() + " s"));
            } catch (ExecutionException e) {
                readings.add(failure(d, e.getCause()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("device poll interrupted", e);
            }
        }
        return readings;
    }

    private static DeviceReading failure(Device d, Throwable e) {
        Throwable cause = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof SnmpFailure f) {
            return failed(d, f.reason().name(), f.getMessage());
        }
        return failed(d, SnmpFailure.Reason.ERROR.name(), String.valueOf(cause));
    }

    private static DeviceReading failed(Device d, String reason, String error) {
        return new DeviceReading(d.getId(), d.getName(), null, null, reason, error);
    }

    private DevicePollSummary summary(Instant started, long t0, List<DeviceReading> readings, DeviceRecorder.Outcome outcome,
            String what) {
        int ok = (int) readings.stream().filter(DeviceReading::answered).count();
        DevicePollSummary s = new DevicePollSummary(started, readings.size(), ok, readings.size() - ok,
                (System.nanoTime() - t0) / 1_000_000, outcome.raised(), outcome.resolved());
        LOG.info(() -> what + ": " + s);
        return s;
    }
}
