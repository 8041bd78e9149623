package org.psmm.hostcheck;

import org.psmm.host.Host;
import org.psmm.host.HostEventKind;
import org.psmm.host.HostEvents;
import org.psmm.host.HostRole;
import org.psmm.host.HostService;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import org.psmm.core.hostcheck.AuditFinding;
import org.psmm.core.hostcheck.HardeningAudit;
import org.psmm.core.ssh.CommandOutput;
import org.psmm.core.ssh.HostKeyMismatchException;
import org.psmm.core.ssh.RemoteCommand;
import org.psmm.host.HostOs;
import org.psmm.core.ssh.RemotePath;
import org.psmm.core.ssh.SshException;
import org.psmm.core.ssh.SshTarget;
import org.psmm.logsource.LogSourceService;
import org.psmm.ssh.SshConnections;
import jakarta.annotation.security.RolesAllowed;
import org.psmm.security.PsmmRole;
import org.psmm.audit.AuditKind;
import org.psmm.audit.AuditTrail;

/**
 * Checks that PSMM can do its work on a host: log in as monitor (job 03), run a command with
 * sudo -n (job 04), reach MariaDB on SQL hosts (job 05), and that the host follows the brief's
 * SSH rules. Each check says pass or fail with the output or error that proves it.
 */
@Stateless
public class HostCheckService {

    public static final String LOGIN = "login";
    /** What answers on OpenSSH for Windows under cmd.exe or PowerShell: "Microsoft Windows [Version ...]". */
    static final RemoteCommand WINDOWS_VERSION = RemoteCommand.windows("cmd", "/c", "ver");
    public static final String SUDO = "sudo";
    public static final String MARIADB = "mariadb";
    /** Which of the usual log files exist, and the journal source suggested for a missing one. */
    public static final String LOGS = "logs";
    private static final String MISSING = ": missing";
    /** Prints "yes PATH" or "no PATH" per argument: a constant script, paths passed as data. */
    private static final String EXISTS_SCRIPT = "for f in \"$@\"; do if [ -e \"$f\" ]; then echo \"yes $f\"; "
            + "else echo \"no $f\"; fi; done";
    static final String HARDENING_PREFIX = "hardening:";
    private static final int KEEP_OUTPUT = 16 * 1024;

    @PersistenceContext(unitName = "psmm")
    private EntityManager em;

    @EJB
    private HostService hosts;

    @EJB
    private HostEvents events;

    @EJB
    private AuditTrail audit;

    @EJB
    private SshConnections ssh;

    @Inject
    private Clock clock;

    public Optional<HostCheck> last(long hostId) {
        return em.createQuery("SELECT c FROM HostCheck c WHERE c.hostId = :host ORDER BY c.startedAt DESC, c.id DESC",
                        HostCheck.class)
                .setParameter("host", hostId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @RolesAllowed({PsmmRole.OPERATOR, PsmmRole.ADMIN})
    public HostCheck check(long hostId) {
        Host host = hosts.get(hostId);
        Instant started = clock.instant();
        long t0 = System.nanoTime();
        List<HostCheckItem> items = new ArrayList<>();
        if (!host.isHostKeyPinned()) {
            items.add(new HostCheckItem(LOGIN, false, 0,
                    "The SSH host key is not confirmed yet: compare its fingerprint and confirm it first"));
        } else {
            SshTarget target = host.sshTarget();
            Step login = host.isWindows() ? run(host, target, WINDOWS_VERSION) : run(host, target, RemoteCommand.of("uname", "-a"));
            if (!login.ok() && login.answered() && !host.isWindows()) { // a shell answered, but not uname
                Step ver = run(host, target, WINDOWS_VERSION);
                if (ver.ok() && ver.output() != null && ver.output().contains("Windows")) {
                    host.setOs(HostOs.WINDOWS); // OpenSSH for Windows answered: its poll and log-off are Windows'
                    audit.record(AuditKind.HOST_CHECKED, host.getName(), "detected Windows: marked as a Windows host");
                    login = new Step(true, ver.millis(), "Windows detected (OpenSSH for Windows), host marked Windows: "
                            + ver.output().strip());
                }
            }
            items.add(login.item(LOGIN));
            if (login.ok() && host.isWindows()) {
                host.recordContact(clock.instant()); // sudo, MariaDB, log files, sshd hardening: Linux checks
            } else if (login.ok()) {
                host.recordContact(clock.instant());
                items.add(run(host, target, RemoteCommand.of("uname", "-a").withSudo()).item(SUDO));
                if (host.getRoles().contains(HostRole.SQL)) {
                    items.add(run(host, target, mariadbVersion(host)).item(MARIADB));
                }
                items.add(logs(host, target));
                items.addAll(hardening(host, target));
            }
        }
        HostCheck check = new HostCheck(hostId, started, (System.nanoTime() - t0) / 1_000_000, items);
        em.persist(check);
        host.recordCheck(started, check.isPassed());
        audit.record(AuditKind.HOST_CHECKED, host.getName(), check.isPassed() ? "passed" : "failed");
        return check;
    }

    // As root through the unix socket, the way Debian's MariaDB lets root in without a password.
    private static RemoteCommand mariadbVersion(Host host) {
        List<String> args = new ArrayList<>();
        if (host.getMariadbSocket() != null) {
            args.add("--socket=" + RemotePath.of(host.getMariadbSocket()).value());
        }
        args.addAll(List.of("--batch", "--skip-column-names", "-e", "SELECT VERSION()"));
        return RemoteCommand.of("mariadb", args).withSudo();
    }

    /**
     * A default Debian 12 has no /var/log/auth.log (no rsyslog) and its MariaDB logs to the journal:
     * says which of the usual files exist and, for each missing one, the journal source suggested
     * instead. A report, never a failure: either way PSMM can collect.
     */
    private HostCheckItem logs(Host host, SshTarget target) {
        List<String> paths = new ArrayList<>(List.of(LogSourceService.AUTH_LOG));
        if (host.getRoles().contains(HostRole.SQL)) {
            paths.add(LogSourceService.MARIADB_ERROR_LOG);
        }
        List<String> args = new ArrayList<>(paths);
        Step exists = run(host, target, RemoteCommand.script(EXISTS_SCRIPT, args.toArray(String[]::new)).withSudo());
        if (!exists.ok()) {
            return new HostCheckItem(LOGS, false, exists.millis(), "Cannot tell which logs exist: " + exists.output());
        }
        return new HostCheckItem(LOGS, true, exists.millis(), logsReport(paths, exists.output()));
    }

    /** One line per path: found, or missing with the journal filter to read instead. */
    static String logsReport(List<String> paths, String existsOutput) {
        StringBuilder report = new StringBuilder();
        for (String path : paths) {
            boolean found = existsOutput.lines().anyMatch(l -> l.equals("yes " + path));
            report.append(path).append(found ? ": found, read as a file" : MISSING + ", read the journal instead: "
                    + (path.equals(LogSourceService.AUTH_LOG) ? LogSourceService.SSHD_JOURNAL_FILTER
                    : LogSourceService.MARIADB_JOURNAL_FILTER)).append('\n');
        }
        return report.toString().strip();
    }

    /** The usual log files the last check found missing on its host (see {@link #LOGS}). */
    public static Set<String> missingLogs(HostCheck check) {
        Set<String> missing = new HashSet<>();
        for (HostCheckItem item : check.getItems()) {
            if (LOGS.equals(item.getName()) && item.isPassed() && item.getDetail() != null) {
                item.getDetail().lines().filter(l -> l.contains(MISSING + ","))
                        .forEach(l -> missing.add(l.substring(0, l.indexOf(MISSING + ","))));
            }
        }
        return missing;
    }

    /**
     * Which of these files exist on the host now (sudo test -e, the paths passed as arguments,
     * never into the script): the guided add-host dialog ticks the log sources found there.
     */
    @RolesAllowed(PsmmRole.ADMIN)
    public Set<String> existingFiles(long hostId, List<String> paths) {
        Host host = hosts.get(hostId);
        if (paths.isEmpty() || !host.isHostKeyPinned()) {
            return Set.of();
        }
        Step exists = run(host, host.sshTarget(), RemoteCommand.script(EXISTS_SCRIPT, paths.toArray(String[]::new)).withSudo());
        if (!exists.ok()) {
            return Set.of();
        }
        Set<String> found = new HashSet<>();
        for (String path : paths) {
            if (exists.output().lines().anyMatch(l -> l.equals("yes " + path))) {
                found.add(path);
            }
        }
        return found;
    }

    /** The usual logs for the host's roles: the journal where its last check found the file missing. */
    public List<org.psmm.logsource.LogSourceForm> suggestedLogSources(long hostId) {
        Host host = hosts.get(hostId);
        return LogSourceService.suggestions(host, last(hostId).map(HostCheckService::missingLogs).orElse(Set.of()));
    }

    private List<HostCheckItem> hardening(Host host, SshTarget target) {
        Step sshdT = run(host, target, RemoteCommand.of("sshd", "-T").withSudo());
        Step id = run(host, target, RemoteCommand.of("id", host.getSshUser()));
        List<HostCheckItem> items = new ArrayList<>();
        if (!sshdT.ok()) {
            items.add(new HostCheckItem(HARDENING_PREFIX + "sshd-T", false, sshdT.millis(),
                    "Cannot read sshd's effective configuration: " + sshdT.output()));
        }
        long millis = sshdT.millis() + id.millis();
        for (AuditFinding f : HardeningAudit.audit(sshdT.ok() ? sshdT.output() : "", id.ok() ? id.output() : "",
                host.getSshUser())) {
            items.add(new HostCheckItem(HARDENING_PREFIX + f.rule(), f.passed(), millis, f.evidence()));
        }
        return items;
    }

    /** {@code answered}: the command ran and exited (whatever its status), the connection is not in question. */
    private record Step(boolean ok, long millis, String output, boolean answered) {
        Step(boolean ok, long millis, String output) {
            this(ok, millis, output, false);
        }

        HostCheckItem item(String name) {
            return new HostCheckItem(name, ok, millis, excerpt(output));
        }
    }

    private Step run(Host host, SshTarget target, RemoteCommand command) {
        long t0 = System.nanoTime();
        try {
            CommandOutput out = ssh.client().capture(target, command, KEEP_OUTPUT);
            long millis = (System.nanoTime() - t0) / 1_000_000;
            if (out.result().succeeded()) {
                return new Step(true, millis, out.stdoutText(), true);
            }
            try {
                out.result().requireSuccess();
            } catch (SshException e) {
                return new Step(false, millis, e.getMessage(), true);
            }
            return new Step(false, millis, "exit status " + out.result().exitStatus(), true);
        } catch (HostKeyMismatchException e) {
            events.record(host.getId(), HostEventKind.HOST_KEY_CHANGED, "SSH host key changed: pinned "
                    + e.expectedFingerprint() + ", presented " + e.presentedFingerprint() + "; connection refused");
            return new Step(false, (System.nanoTime() - t0) / 1_000_000, e.getMessage());
        } catch (SshException e) {
            return new Step(false, (System.nanoTime() - t0) / 1_000_000, e.getMessage());
        }
    }

    private static String excerpt(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        return s.length() > 500 ? s.substring(0, 500) + "..." : s;
    }
}
