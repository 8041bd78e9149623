package org.psmm.core.metrics;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.psmm.core.process.TopProcesses;
import org.psmm.core.ssh.CommandOutput;
import org.psmm.core.ssh.HostKeyPin;
import org.psmm.core.ssh.SshClient;
import org.psmm.core.ssh.SshIdentity;
import org.psmm.core.ssh.SshSettings;
import org.psmm.core.ssh.SshTarget;

/**
 * The metrics poll's SSH and parsing part against N hosts, as MetricsPoller runs it (32 hosts at
 * once, one command per host, the shared session pool). Run by bench/metrics-poll, not by the
 * test suite. Since issue 18 the command also lists processes and sessions, and each answer's top
 * processes are computed as the poller does. {@code init DIR} makes the client key and authorized_keys; {@code run DIR USER N
 * PORT} polls 127.0.1.1..N three times (cold, warm, warm) and prints the figures.
 */
public final class MetricsPollBench {

    private MetricsPollBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        SshIdentity identity = SshIdentity.loadOrCreate(dir.resolve("client"), "psmm-bench");
        if (args[0].equals("init")) {
            Files.writeString(dir.resolve("authorized_keys"), identity.authorizedKeysLine() + "\n");
            return;
        }
        String user = args[2];
        int n = Integer.parseInt(args[3]);
        int port = Integer.parseInt(args[4]);
        HostKeyPin pin = HostKeyPin.parse(Files.readString(dir.resolve("host_ed25519_key.pub")).trim());
        List<SshTarget> targets = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            targets.add(new SshTarget("127.0.1." + i, port, user, pin));
        }
        Map<SshTarget, CpuTimes> previous = new ConcurrentHashMap<>();
        Map<SshTarget, TopProcesses.Snapshot> processes = new ConcurrentHashMap<>();
        try (SshClient client = new SshClient(identity, SshSettings.defaults().withIdleTimeout(Duration.ofMinutes(10)))) {
            for (int cycle = 1; cycle <= 3; cycle++) {
                int sessionsBefore = client.openSessionCount();
                long t0 = System.nanoTime();
                AtomicInteger ok = new AtomicInteger();
                AtomicInteger withCpu = new AtomicInteger();
                AtomicInteger sessions = new AtomicInteger();
                List<String> errors = new ArrayList<>();
                ConcurrentLinkedQueue<SshTarget> queue = new ConcurrentLinkedQueue<>(targets);
                ExecutorService pool = Executors.newFixedThreadPool(32);
                List<Future<?>> workers = new ArrayList<>();
                for (int w = 0; w < 32; w++) {
                    workers.add(pool.submit(() -> {
                        for (SshTarget t = queue.poll(); t != null; t = queue.poll()) {
                            try {
                                CommandOutput out = client.capture(t, MetricsScript.command(), MetricsScript.MAX_OUTPUT_BYTES);
                                out.result().requireSuccess();
                                HostMetrics m = MetricsOutputParser.parse(new String(out.stdout(), StandardCharsets.UTF_8));
                                HostActivity a = m.activity();
                                TopProcesses.Snapshot before = processes.put(t,
                                        TopProcesses.Snapshot.of(a.processes(), a.uptimeSeconds()));
                                TopProcesses.compute(before, a.processes(), a.uptimeSeconds(), 10);
                                sessions.addAndGet(a.sessions().size());
                                if (m.cpu().percentSince(previous.put(t, m.cpu())).isPresent()) {
                                    withCpu.incrementAndGet();
                                }
                                ok.incrementAndGet();
                            } catch (Exception e) {
                                synchronized (errors) {
                                    errors.add(t.host() + ": " + e.getMessage());
                                }
                            }
                        }
                    }));
                }
                for (Future<?> f : workers) {
                    f.get();
                }
                pool.shutdown();
                long ms = (System.nanoTime() - t0) / 1_000_000;
                int sessionsAfter = client.openSessionCount();
                System.out.printf("cycle %d: %d hosts, %d ok (%d with a CPU value), %d failed, %d ms (%.1f ms per host),"
                                + " SSH handshakes %d (sessions open %d -> %d), %d login sessions listed%n", cycle, n, ok.get(),
                        withCpu.get(), errors.size(), ms, ms / (double) n,
                        Math.max(0, sessionsAfter - sessionsBefore) + (sessionsBefore == 0 ? 0 : 0), sessionsBefore,
                        sessionsAfter, sessions.get());
                errors.stream().limit(5).forEach(e -> System.out.println("  " + e));
            }
        }
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                peak += p.getPeakUsage().getUsed();
            }
        }
        System.out.printf("heap: peak used %d MB, max %d MB%n", peak / (1024 * 1024),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }
}
