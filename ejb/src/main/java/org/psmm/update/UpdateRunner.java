package org.psmm.update;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.psmm.core.ssh.CommandOutput;
import org.psmm.core.ssh.CommandResult;
import org.psmm.core.ssh.RemoteCommand;
import org.psmm.core.ssh.SshException;
import org.psmm.core.updates.AptOutput;
import org.psmm.core.updates.UpdateCommands;
import org.psmm.advisory.PackageInventory;
import org.psmm.ssh.SshConnections;

/**
 * Carries out one update run on its own thread (the HTTP request that asked for it returns at
 * once): portal login, apt-get update, simulated upgrade (the package list), upgrade, reboot
 * check, and the portal logout in every case once a login was tried. No transaction is held
 * while commands run; {@link UpdateRecorder} commits each step.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class UpdateRunner {

    private static final Logger LOG = Logger.getLogger(UpdateRunner.class.getName());
    private static final int MAX_OUTPUT = 1 << 20;
    private static final int TAIL_CHARS = 6000;
    private static final Duration REFRESH_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration UPGRADE_TIMEOUT = Duration.ofMinutes(60);
    private static final Duration SHORT_TIMEOUT = Duration.ofMinutes(2);

    @EJB
    private UpdateRecorder recorder;

    @EJB
    private SshConnections ssh;

    @EJB
    private PackageInventory inventory;

    /** A failed step: its message is what the run records as its error. */
    private static final class StepFailed extends Exception {
        private static final long serialVersionUID = 1L;

        StepFailed(String message) {
            super(message);
        }
    }

    private static final String REBOOT_CHECK = "checking whether a reboot is required";

    @Asynchronous
    public void run(long runId) {
        StringBuilder output = new StringBuilder();
        String error = null;
        AptOutput.RebootState reboot = new AptOutput.RebootState(false, List.of());
        boolean portalUsed = false;
        try {
            UpdatePlan plan = recorder.begin(runId);
            if (plan.refusal() != null) {
                error = plan.refusal();
            } else {
                portalUsed = plan.portal() != null;
                UpdateCommands commands = new UpdateCommands(plan.aptConfig(), plan.rootPrefix());
                try {
                    if (portalUsed) {
                        recorder.phase(runId, "PORTAL_LOGIN");
                        portal(plan, UpdateCommands.portalLogin(plan.portal().loginUrl(), plan.portal().userField(),
                                plan.portal().passwordField(), plan.portal().user(), plan.portal().password()),
                                "captive portal login", output);
                    }
                    reboot = update(runId, plan, commands, output);
                } catch (StepFailed e) {
                    error = e.getMessage();
                    if (!e.getMessage().startsWith(REBOOT_CHECK)) {
                        reboot = rebootStateAfterFailure(plan, commands, output, reboot);
                    }
                } finally {
                    if (portalUsed) {
                        recorder.phase(runId, "PORTAL_LOGOUT");
                        try {
                            portal(plan, UpdateCommands.portalLogout(plan.portal().logoutUrl()), "captive portal logout",
                                    output);
                        } catch (StepFailed e) {
                            error = error == null ? e.getMessage() : error + "; " + e.getMessage();
                        }
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "update run " + runId + " failed unexpectedly", e);
            error = "internal error: " + e;
        }
        String outcome = error == null ? "succeeded" : "failed: " + error;
        boolean rebootNeeded = reboot.required();
        LOG.info(() -> "update run " + runId + " " + outcome + (rebootNeeded ? "; reboot required" : ""));
        try {
            recorder.finish(runId, error, reboot.required(), reboot.packages(), portalUsed,
                    AptOutput.tail(output.toString(), TAIL_CHARS));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "update run " + runId + " could not be recorded", e);
        }
        listPackages(runId);
    }

    /** What the run upgraded shows on the advisories it concerned: the host's packages are listed again. */
    private void listPackages(long runId) {
        try {
            Long hostId = recorder.hostOf(runId);
            if (hostId != null) {
                inventory.refresh(hostId);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "packages after update run " + runId + " could not be listed", e);
        }
    }

    private AptOutput.RebootState update(long runId, UpdatePlan plan, UpdateCommands commands, StringBuilder output)
            throws StepFailed {
        recorder.phase(runId, "REFRESH");
        step(plan, commands.refreshLists(), REFRESH_TIMEOUT, "refreshing the package lists", output);
        recorder.phase(runId, "LIST");
        AptOutput.Simulation simulation = AptOutput.simulatedUpgrades(
                step(plan, commands.simulateUpgrade(), SHORT_TIMEOUT, "listing the upgradable packages", output));
        recorder.packages(runId, simulation.packages(), simulation.rejectedLines());
        if (!simulation.packages().isEmpty()) {
            recorder.phase(runId, "UPGRADE");
            step(plan, commands.upgrade(), UPGRADE_TIMEOUT, "upgrading the packages", output);
        }
        recorder.phase(runId, "REBOOT_CHECK");
        return AptOutput.rebootState(step(plan, commands.rebootCheck(), SHORT_TIMEOUT, REBOOT_CHECK, output));
    }

    /** A failed upgrade may have installed a kernel before failing: look anyway, if the host answers. */
    private AptOutput.RebootState rebootStateAfterFailure(UpdatePlan plan, UpdateCommands commands,
            StringBuilder output, AptOutput.RebootState known) {
        try {
            return AptOutput.rebootState(step(plan, commands.rebootCheck(), SHORT_TIMEOUT, REBOOT_CHECK, output));
        } catch (StepFailed e) {
            return known;
        }
    }

    /** Runs a command, adds what it printed to the output, returns its stdout or fails with why. */
    private String step(UpdatePlan plan, RemoteCommand command, Duration timeout, String what, StringBuilder output)
            throws StepFailed {
        CommandOutput out;
        try {
            out = ssh.client().capture(plan.target(), command, MAX_OUTPUT, timeout);
        } catch (SshException e) {
            output.append("$ ").append(command.summary()).append('\n').append(e.getMessage()).append('\n');
            throw new StepFailed(what + " failed: " + e.getMessage());
        }
        CommandResult result = out.result();
        String stdout = out.stdoutText();
        output.append("$ ").append(command.summary()).append('\n').append(stdout);
        if (!result.stderr().isEmpty()) {
            output.append(result.stderr());
        }
        if (!result.succeeded()) {
            String firstError = lastErrorLine(result.stderr());
            throw new StepFailed(what + " failed (exit status " + result.exitStatus() + ")"
                    + (firstError.isEmpty() ? "" : ": " + firstError));
        }
        return stdout;
    }

    private void portal(UpdatePlan plan, RemoteCommand command, String what, StringBuilder output) throws StepFailed {
        String code = step(plan, command, SHORT_TIMEOUT, what, output).strip();
        output.append('\n');
        if (!UpdateCommands.portalAccepted(code)) {
            String digits = code.replaceAll("[^0-9]", "");
            throw new StepFailed(what + " failed: HTTP " + (digits.length() > 3 ? digits.substring(0, 3) : digits));
        }
    }

    /** apt's last "E:" line says best what went wrong; else the last line of stderr. */
    private static String lastErrorLine(String stderr) {
        String found = "";
        for (String line : stderr.split("\n")) {
            String l = line.strip();
            if (l.startsWith("E:") || (found.isEmpty() && !l.isEmpty())) {
                found = l;
            }
        }
        String printable = AptOutput.tail(found, 300); // control characters removed
        return printable.startsWith("…\n") ? printable.substring(2) : printable;
    }
}
