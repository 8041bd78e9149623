package org.psmm.metrics;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import org.psmm.alert.AlertMailService;
import org.psmm.alert.AlertService;
import org.psmm.alert.HostReading;
import org.psmm.core.metrics.HostMetrics;
import org.psmm.core.metrics.MetricsOutputParser;
import org.psmm.core.metrics.MetricsParseException;
import org.psmm.core.metrics.MetricsScript;
import org.psmm.core.metrics.WindowsMetricsParser;
import org.psmm.core.metrics.WindowsMetricsScript;
import org.psmm.core.process.TopProcesses;
import org.psmm.core.ssh.CommandOutput;
import org.psmm.core.ssh.SshException;
import org.psmm.core.ssh.SshTarget;
import org.psmm.host.Host;
import org.psmm.host.HostOs;
import org.psmm.host.HostService;
import org.psmm.session.PolicyLogoff;
import org.psmm.session.ProcessReadings;
import org.psmm.session.SessionService;
import org.psmm.ssh.SshConnections;

/**
 * One poll cycle: every enabled host with a confirmed key gets the metrics script, in parallel
 * with at most {@link #MAX_PARALLEL} hosts at once, over PSMM's shared SSH sessions. The SSH part
 * runs outside any transaction; the results are then stored in one, and alert rules run.
 * Callers serialise cycles ({@link MetricsCollectionTimer}). The same command lists the host's
 * sessions and processes (a Windows host gets {@link WindowsMetricsScript}: quser and
 * Get-Process); a host's idle-session policy runs right after its answer, in its worker.
 *
 * <p>The workers are container threads from the ManagedThreadFactory, in a pool of exactly
 * {@link #MAX_PARALLEL} made for the cycle: WildFly's default ManagedExecutorService runs only
 * twice as many tasks as there are CPUs at once (4 on the project's machines), so a few hosts
 * waiting out their 10 s connect timeout would hold up every other host.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MetricsPoller {

    private static final Logger LOG = Logger.getLogger(MetricsPoller.class.getName());

    /** Hosts polled at once: enough for 200 hosts in a few seconds, few enough for 2 cores. */
    static final int MAX_PARALLEL = 32;

    @Resource
    private ManagedThreadFactory threads;

    @EJB
    private HostService hosts;

    @EJB
    private SshConnections ssh;

    @EJB
    private CpuReadings cpuReadings;

    @EJB
    private MetricsRecorder recorder;

    @EJB
    private AlertService alerts;

    @EJB
    private AlertMailService alertMails;

    @Inject
    private Clock clock;

    @EJB
    private ProcessReadings processReadings;

    @EJB
    private SessionService sessions;

    private record Job(long hostId, String name, SshTarget target, SessionService.PolicySnapshot policy) {
        boolean windows() {
            return policy.os() == HostOs.WINDOWS;
        }
    }

    public PollSummary pollAll() {
        Instant started = clock.instant();
        long t0 = System.nanoTime();
        List<Job> jobs = new ArrayList<>();
        for (Host h : hosts.list()) {
            if (h.isEnabled() && h.isHostKeyPinned()) {
                jobs.add(new Job(h.getId(), h.getName(), h.sshTarget(), SessionService.PolicySnapshot.of(h)));
            }
        }
        ConcurrentLinkedQueue<Job> queue = new ConcurrentLinkedQueue<>(jobs);
        List<HostReading> readings = Collections.synchronizedList(new ArrayList<>());
        ExecutorService executor = Executors.newFixedThreadPool(Math.max(1, Math.min(MAX_PARALLEL, jobs.size())), threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < Math.min(MAX_PARALLEL, jobs.size()); i++) {
                workers.add(executor.submit(() -> {
                    for (Job job = queue.poll(); job != null; job = queue.poll()) {
                        readings.add(poll(job));
                    }
                }));
            }
            for (Future<?> w : workers) {
                try {
                    w.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("metrics poll interrupted", e);
                } catch (ExecutionException e) {
                    LOG.warning(() -> "a metrics worker failed: " + e.getCause());
                }
            }
        } finally {
            executor.shutdownNow(); // idle by now, or the poll was interrupted
        }
        recorder.record(readings);
        AlertService.Outcome outcome = alerts.evaluate(readings);
        alertMails.queueDue();
        long millis = (System.nanoTime() - t0) / 1_000_000;
        int ok = (int) readings.stream().filter(HostReading::succeeded).count();
        PollSummary summary = new PollSummary(started, jobs.size(), ok, readings.size() - ok, millis, outcome.raised(),
                outcome.resolved());
        LOG.info(() -> "metrics poll: " + summary);
        return summary;
    }

    private HostReading poll(Job job) {
        long t0 = System.nanoTime();
        try {
            CommandOutput out = ssh.client().capture(job.target(),
                    job.windows() ? WindowsMetricsScript.command() : MetricsScript.command(), MetricsScript.MAX_OUTPUT_BYTES);
            Instant at = clock.instant();
            out.result().requireSuccess();
            HostMetrics m = job.windows() ? WindowsMetricsParser.parse(out.stdout())
                    : MetricsOutputParser.parse(new String(out.stdout(), StandardCharsets.UTF_8));
            Double cpu = cpuReadings.next(job.hostId(), m.cpu());
            TopProcesses.Top top = processReadings.next(job.hostId(), m.activity());
            List<PolicyLogoff> logoffs = sessions.applyPolicy(job.target(), job.policy(), m.activity().sessions());
            return new HostReading(job.hostId(), job.name(), at, m, cpu, null, null, millisSince(t0), top, logoffs);
        } catch (SshException e) {
            return new HostReading(job.hostId(), job.name(), clock.instant(), e.kind().name(), e.getMessage(),
                    millisSince(t0));
        } catch (MetricsParseException e) {
            return new HostReading(job.hostId(), job.name(), clock.instant(), "BAD_OUTPUT", e.getMessage(),
                    millisSince(t0));
        } catch (RuntimeException e) {
            return new HostReading(job.hostId(), job.name(), clock.instant(), "PROTOCOL", String.valueOf(e),
                    millisSince(t0));
        }
    }

    private static long millisSince(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
